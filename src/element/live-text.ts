import { AsyncDirective, directive, type PartInfo, PartType } from 'lit/async-directive.js';

/**
 * A text that changes at every frame of a zoom (the view's range in words beside the buttons), written
 * straight into the places the template put it instead of through an update of the host: an update renders
 * the whole template again, half a millisecond inside each zoom frame, and each one made the canvas check
 * the page's colours again after the frame (PlotController.hostUpdated). Lit's own signals binding
 * (`watch`) works this way; this is that, for one string and without the dependency.
 */
export class LiveText {
  private current = '';
  private readonly bindings = new Set<LiveTextDirective>();

  get text(): string {
    return this.current;
  }

  set text(text: string) {
    if (text === this.current) return;
    this.current = text;
    for (const binding of this.bindings) binding.show(text);
  }

  /** @internal The binding's side: it hears of changes while it is connected. */
  attach(binding: LiveTextDirective): void {
    this.bindings.add(binding);
  }

  /** @internal */
  detach(binding: LiveTextDirective): void {
    this.bindings.delete(binding);
  }
}

class LiveTextDirective extends AsyncDirective {
  private source?: LiveText;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('liveText() belongs in text content');
  }

  render(source: LiveText): string {
    if (source !== this.source) {
      this.source?.detach(this);
      this.source = source;
      if (this.isConnected) source.attach(this);
    }
    return source.text;
  }

  show(text: string): void {
    this.setValue(text);
  }

  protected override disconnected(): void {
    this.source?.detach(this);
  }

  protected override reconnected(): void {
    if (!this.source) return;
    this.source.attach(this);
    this.setValue(this.source.text);
  }
}

/** Binds a LiveText as text content: it shows the text, and each change of it, with no update of the host. */
export const liveText = directive(LiveTextDirective);
