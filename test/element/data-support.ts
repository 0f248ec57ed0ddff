/**
 * Shared by the data-* element tests: feed a timeline (built with timelineFixture), and
 * catch anything that escapes it (errors and rejected promises reach the
 * window, not the test, so they are collected there).
 */
import { oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import type { DiagnosticsDetail } from '../../src/element/timeline-events.js';
import { giveRecords, settle } from '../support/timeline-fixture.js';

/** Sets `events` and resolves with the `ct-diagnostics` it caused, once the plot is drawn. */
export async function setEvents(el: ConflictTimeline, events: readonly unknown[]): Promise<DiagnosticsDetail> {
  const fired = oneEvent(el, 'ct-diagnostics');
  giveRecords(el, events);
  const { detail } = await fired;
  await settle(el);
  return detail;
}

/** Sets `src` and resolves with the `ct-diagnostics` of that load, once the plot is drawn. */
export async function setSrc(el: ConflictTimeline, src: string): Promise<DiagnosticsDetail> {
  const fired = oneEvent(el, 'ct-diagnostics');
  el.src = src;
  const { detail } = await fired;
  await settle(el);
  return detail;
}

export interface EscapeWatch {
  /** Messages of errors and rejections that reached the window since the watch began. */
  readonly escaped: string[];
  stop(): void;
}

/** Collects uncaught errors and unhandled rejections, which is what "escaping the element" means for a page. */
export function watchEscapes(): EscapeWatch {
  const escaped: string[] = [];
  const onError = (e: ErrorEvent) => escaped.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) =>
    escaped.push(`unhandledrejection: ${e.reason instanceof Error ? e.reason.stack ?? e.reason.message : String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    escaped,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * Unhandled rejections are reported a task after the promise settles: the zero timeout is that one
 * macrotask turn (the count of turns is the point, not a time).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export const shadow = (el: ConflictTimeline): ShadowRoot => el.shadowRoot!;

export function notice(el: ConflictTimeline): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>('[part~="notice"]');
}

/**
 * The notice's text, or null when there is none. Assert on this, not on the element:
 * a failed chai assertion that carries a DOM node can take the test page down while it is serialised.
 */
export function noticeText(el: ConflictTimeline): string | null {
  const box = notice(el);
  return box ? box.textContent!.replace(/\s+/g, ' ').trim() : null;
}

/** Event ids of the primary (keyboard-reachable) marks as drawn. */
export function drawnEventIds(el: ConflictTimeline): string[] {
  return [...shadow(el).querySelectorAll('g.mark[role="button"]')].map((m) => m.getAttribute('data-event')!);
}

export function clusterCount(el: ConflictTimeline): number {
  return shadow(el).querySelectorAll('g.cluster').length;
}
