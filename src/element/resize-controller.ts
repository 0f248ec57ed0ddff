import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Watches an element's content box and reports its width. Observes from
 * connect to disconnect only, so a removed timeline keeps no observer alive.
 */
export class ResizeController implements ReactiveController {
  private observer?: ResizeObserver;
  private target?: Element;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onResize: (width: number, height: number) => void,
  ) {
    host.addController(this);
  }

  /** Starts observing `target` (once it exists in the shadow tree). */
  observe(target: Element): void {
    this.target = target;
    if (this.host.isConnected) this.start();
  }

  hostConnected(): void {
    if (this.target) this.start();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private start(): void {
    // Test DOMs (jsdom, happy-dom) have no ResizeObserver, and no layout to observe: the width stays as first read.
    if (typeof ResizeObserver === 'undefined') return;
    this.observer?.disconnect();
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (box) this.onResize(box.width, box.height);
    });
    this.observer.observe(this.target!);
  }
}
