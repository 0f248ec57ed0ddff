import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimeView } from '../layout/time-view.js';
import { readFragmentState, writeFragmentState, type SharedState } from './fragment-state.js';

export interface UrlStateOptions {
  /** The key this timeline's state is stored under; undefined when the page did not ask for URL state. */
  readonly key: () => string | undefined;
  readonly view: () => TimeView;
  readonly selectedId: () => string | undefined;
  /** Shows a stored view (EDTF dates) and selects a stored event. */
  readonly restore: (state: SharedState) => void;
}

const DAY_MS = 86_400_000;

/**
 * With the `url-state` attribute, keeps the view and the selected event in the page's URL fragment, so
 * a reader can share a link to "the Sochi memorandum, zoomed to 2018": restored when data arrives and
 * when the fragment changes, written (replacing, not adding, a history entry) when either changes.
 */
export class UrlStateController implements ReactiveController {
  /** Data arrived: restore the stored state once it is drawn, before writing anything over it. */
  private restorePending = false;
  private restored = false;
  private writeScheduled = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: UrlStateOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.handleHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.handleHashChange);
  }

  hostUpdated(): void {
    if (!this.restorePending) return;
    this.restorePending = false;
    this.restore();
  }

  /** New data: its view is shown in this update; the stored state goes over it. */
  dataArrived(): void {
    this.restorePending = this.options.key() !== undefined;
  }

  /** The view or the selection changed: write it, at most once a frame. */
  changed(): void {
    if (!this.restored || this.writeScheduled || this.options.key() === undefined) return;
    this.writeScheduled = true;
    requestAnimationFrame(() => {
      this.writeScheduled = false;
      this.write();
    });
  }

  private readonly handleHashChange = (): void => {
    if (this.options.key() !== undefined) this.restore();
  };

  private restore(): void {
    const key = this.options.key();
    if (key === undefined) return;
    const state = readFragmentState(location.hash, key);
    if (state.view !== undefined || state.event !== undefined) this.options.restore(state);
    this.restored = true;
  }

  private write(): void {
    const key = this.options.key();
    if (key === undefined) return;
    const selected = this.options.selectedId();
    const fragment = writeFragmentState(location.hash, key, { view: viewAsDays(this.options.view()), ...(selected ? { event: selected } : {}) });
    if (fragment === location.hash || (fragment === '' && location.hash === '')) return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${fragment}`);
  }
}

/** The view as an EDTF interval of whole days (`2018-01-01/2018-12-31`): what a shared link needs to say. */
function viewAsDays(view: TimeView): string {
  const day = (ms: number) => new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
  return `${day(view.start)}/${day(view.end)}`;
}
