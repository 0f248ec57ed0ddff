import { Task } from '@lit/task';
import { isPending, whenSettled } from './task-state.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadLocalePack, type LocaleResolution } from './load-locale-pack.js';
import type { LocalePack } from './locale-pack.js';
import { EN_PACK } from './locales/en.js';
import { timelineEvent } from './timeline-events.js';

type LocaleHost = ReactiveControllerHost & HTMLElement & { readonly locale?: string };

/**
 * The language the element speaks and the direction it lays time out in, in the manner of Shoelace's
 * LocalizeController: the `locale` property, else the nearest `lang` attribute, else English. Packs
 * other than English load on demand through one @lit/task (the latest request wins); a pack that is
 * not shipped or fails to load falls back to English, with a warning and `fallback: true` in
 * `ct-locale-change`. Watches the host's own `lang` and `dir`.
 */
export class LocaleController implements ReactiveController {
  /** The pack in use: English until the requested one has loaded. */
  pack: LocalePack = EN_PACK;
  private observer?: MutationObserver;
  private readonly task: Task<readonly [string | undefined, string], LocaleResolution>;

  constructor(
    private readonly host: LocaleHost,
    /** Called when the direction of the host may have changed (its `dir`), for the plot to redraw. */
    private readonly onDirection: () => void,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      // Setting `locale` is a request even when it names the language inherited so far: it is answered.
      args: () => [this.host.locale, this.requested()] as const,
      task: ([, requested]) => packFor(requested),
      onComplete: (resolution) => this.use(resolution),
    });
  }

  get pending(): boolean {
    return isPending(this.task);
  }

  /** Resolves when the pack asked for last is in use. */
  get settled(): Promise<void> {
    return whenSettled(this.task);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => {
      this.host.requestUpdate();
      this.onDirection();
    });
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['lang', 'dir'] });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** The tag asked for: `locale`, else the nearest `lang`, else English. */
  private requested(): string {
    return this.host.locale ?? this.host.closest('[lang]')?.getAttribute('lang') ?? 'en';
  }

  private use({ pack, requested, fallback }: LocaleResolution): void {
    if (fallback) console.warn(`<conflict-timeline>: no "${requested}" translation; using English.`);
    this.pack = pack;
    this.host.dispatchEvent(timelineEvent('ct-locale-change', { requested, locale: pack.tag, fallback }));
  }
}

/** The pack for a tag; English when the pack's chunk cannot load (the bundle copied without its chunks). */
async function packFor(requested: string): Promise<LocaleResolution> {
  try {
    return await loadLocalePack(requested);
  } catch {
    return { pack: EN_PACK, requested, fallback: true };
  }
}
