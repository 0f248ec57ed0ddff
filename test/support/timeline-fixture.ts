import { fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { idlib2019 } from '../../src/data/datasets/idlib-2019.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';

/** How a test timeline is built: its container and its attributes, as a page's markup would give them. */
export interface TimelineOptions {
  /** The container's width in CSS px (900 unless given); `'auto'` leaves the container as wide as the page allows. */
  readonly width?: number | 'auto';
  /** `gaps="linear"` keeps time at one rate across the axis, for tests that turn pixels into time by proportion. */
  readonly gaps?: 'collapse' | 'linear';
  readonly locale?: string;
  readonly dir?: 'ltr' | 'rtl';
  /** Any other attribute of the element (`view-start`, `label`, `theme`, `rows`…). */
  readonly attributes?: Readonly<Record<string, string>>;
  /** Attributes of the container (`dir`, `lang`); `style` is added after the width. */
  readonly container?: Readonly<{ dir?: string; lang?: string; style?: string }>;
}

/**
 * The one way tests build a timeline: a `<conflict-timeline>` with the given attributes in a sized
 * container, given `events` (none: an empty timeline, for tests that feed it `src`, a list or events
 * themselves), and drawn in its language and view once this resolves.
 */
export async function timelineFixture(events?: readonly unknown[], options: TimelineOptions = {}): Promise<ConflictTimeline> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const width = options.width ?? 900;
  const style = [width === 'auto' ? '' : `width:${width}px`, options.container?.style ?? ''].filter(Boolean).join(';');
  if (style) container.setAttribute('style', style);
  if (options.container?.dir) container.dir = options.container.dir;
  if (options.container?.lang) container.lang = options.container.lang;

  const el = document.createElement('conflict-timeline');
  const attributes: Record<string, string | undefined> = {
    gaps: options.gaps,
    locale: options.locale,
    dir: options.dir,
    ...options.attributes,
  };
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) el.setAttribute(name, value);
  container.append(el);
  if (events) giveRecords(el, events);
  await settle(el);
  return el;
}

/**
 * Sets `events` to records of any shape. The property is typed as the data format, for the pages that
 * use it; tests also hand it what a careless or hostile page would, which it must report, not reject.
 */
export function giveRecords(el: ConflictTimeline, records: unknown): void {
  (el as { events?: unknown }).events = records;
}

/** The article's timeline, drawn, in a page taller than the window, scrolled to the middle of the screen. */
export async function timelineInLongPage(width: number): Promise<ConflictTimeline> {
  const page = await fixture<HTMLDivElement>(html`<div>
    <div style="height:150vh">Article text above</div>
    <div style="width:${width}px"><conflict-timeline></conflict-timeline></div>
    <div style="height:150vh">Article text below</div>
  </div>`);
  const el = page.querySelector('conflict-timeline')!;
  el.events = idlib2019.events;
  await settle(el);
  el.scrollIntoView({ block: 'center' });
  await settle(el);
  return el;
}

/** Waits for Lit's update and the plot's animation frame, twice (resize reports come a frame later). */
export async function settle(el: ConflictTimeline): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await el.renderComplete;
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }
  await el.renderComplete;
}

export function plotSvg(el: ConflictTimeline): SVGSVGElement {
  return el.shadowRoot!.querySelector('svg.plot-svg')!;
}

/** Primary (focusable, named) marks, as drawn. */
export function primaryMarks(el: ConflictTimeline): SVGGElement[] {
  return [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.mark[role="button"]')];
}

/** The screen x of an event's primary mark, read from what was drawn (its symbol or its extent). */
export function markX(el: ConflictTimeline, id: string): number {
  const mark = el.shadowRoot!.querySelector<SVGGElement>(`g.mark[data-key="${CSS.escape(id)}"]`);
  if (!mark) throw new Error(`no mark for ${id}`);
  const symbol = mark.querySelector('path.symbol');
  if (symbol) return Number(/translate\(([-\d.e]+)/.exec(symbol.getAttribute('transform')!)![1]);
  return Number(mark.querySelector('rect.extent')!.getAttribute('x'));
}

/** The instant under a screen x in the plot, from the element's own view (linear time: `gaps: 'linear'`). */
export function timeAt(el: ConflictTimeline, x: number): number {
  const { start, end } = el.view;
  return start.getTime() + (x / plotSvg(el).clientWidth) * (end.getTime() - start.getTime());
}
