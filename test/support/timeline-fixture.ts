import { fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { idlib2019 } from '../../src/data/datasets/idlib-2019.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';

/**
 * A timeline in a sized container, drawn and ready. `gaps: 'linear'` keeps time at one rate across the
 * axis, for tests that turn pixels into time by proportion (zoom and pan mechanics).
 */
export async function timelineFixture(
  events: readonly unknown[],
  width = 900,
  options: { gaps?: 'collapse' | 'linear' } = {},
): Promise<ConflictTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"><conflict-timeline></conflict-timeline></div>`);
  const el = wrapper.querySelector('conflict-timeline')!;
  if (options.gaps) el.gaps = options.gaps;
  el.events = events;
  await settle(el);
  return el;
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
