import { AsyncDirective, directive, type PartInfo, PartType } from 'lit/async-directive.js';

/**
 * What the template shows that changes at the frames of a zoom (the view's range in words, the Previous
 * and Next buttons' events), written straight into the places the template put it instead of through an
 * update of the host: an update renders the whole template again, half a millisecond inside each zoom
 * frame, and each one made the canvas check the page's colours again after the frame
 * (PlotController.hostUpdated). Lit's own signals binding (`watch`) works this way; this is that, for one
 * value and without the dependency. A value equal to the last (`===`) writes nothing.
 */
export class LiveValue<T> {
  private readonly bindings = new Set<LiveValueDirective>();

  constructor(private current: T) {}

  get value(): T {
    return this.current;
  }

  set value(value: T) {
    if (value === this.current) return;
    this.current = value;
    for (const binding of this.bindings) binding.show(value);
  }

  /** @internal The binding's side: it hears of changes while it is connected. */
  attach(binding: LiveValueDirective): void {
    this.bindings.add(binding);
  }

  /** @internal */
  detach(binding: LiveValueDirective): void {
    this.bindings.delete(binding);
  }
}

class LiveValueDirective extends AsyncDirective {
  private source?: LiveValue<unknown>;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('liveValue() belongs in child content');
  }

  render(source: LiveValue<unknown>): unknown {
    if (source !== this.source) {
      this.source?.detach(this);
      this.source = source;
      if (this.isConnected) source.attach(this);
    }
    return source.value;
  }

  show(value: unknown): void {
    this.setValue(value);
  }

  protected override disconnected(): void {
    this.source?.detach(this);
  }

  protected override reconnected(): void {
    if (!this.source) return;
    this.source.attach(this);
    this.setValue(this.source.value);
  }
}

/** Binds a LiveValue as child content: it shows the value, and each change of it, with no update of the host. */
export const liveValue = directive(LiveValueDirective);
