import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RecordBatch } from '../data/record-batch.js';

/**
 * The readers for fetched data (JSON, TimelineJS, CSV) load with the first
 * `src`: pages that pass `events` or a list never download them.
 */
const loadSourceModule = () => import('../data/load-source.js');

export type SourceState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly url: string }
  | { readonly status: 'error'; readonly url: string; readonly message: string }
  | { readonly status: 'loaded'; readonly url: string };

/**
 * Loads the `src` URL. A newer load aborts the older one, so a slow old
 * response can never overwrite newer data; a failed load keeps what was shown.
 */
export class SourceController implements ReactiveController {
  state: SourceState = { status: 'idle' };
  private abort?: AbortController;
  /** A load cut off by disconnection, to finish on reconnection (the element was moved, not removed for good). */
  private interrupted?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onLoaded: (batch: RecordBatch, url: string) => void,
    private readonly onFailed: (url: string, message: string) => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const url = this.interrupted;
    this.interrupted = undefined;
    if (url !== undefined) void this.load(url);
  }

  hostDisconnected(): void {
    if (this.state.status !== 'loading') return;
    const { url } = this.state;
    this.cancel();
    this.interrupted = url;
  }

  async load(url: string): Promise<void> {
    this.cancel();
    const abort = new AbortController();
    this.abort = abort;
    this.setState({ status: 'loading', url });
    try {
      const { loadSource } = await loadSourceModule();
      const batch = await loadSource(url, abort.signal);
      if (abort.signal.aborted) return;
      this.setState({ status: 'loaded', url });
      this.onLoaded(batch, url);
    } catch (error) {
      if (abort.signal.aborted) return;
      const message = error instanceof Error ? error.message : String(error);
      this.setState({ status: 'error', url, message });
      this.onFailed(url, message);
    }
  }

  retry(): void {
    if (this.state.status === 'error') void this.load(this.state.url);
  }

  /** Stops any load and forgets a failed one: the host's data now comes from elsewhere. */
  cancel(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.interrupted = undefined;
    if (this.state.status === 'loading' || this.state.status === 'error') this.setState({ status: 'idle' });
  }

  private setState(state: SourceState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
