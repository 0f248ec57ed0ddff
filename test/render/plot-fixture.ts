import { layoutTimeline } from '../../src/layout/layout-timeline.js';
import type { TimelineLayout } from '../../src/layout/mark-layout.js';
import { prepareTimeline, type PreparedTimeline } from '../../src/layout/prepare-timeline.js';
import type { TimeView } from '../../src/layout/time-view.js';
import type { TimelineEventInput } from '../../src/model/timeline-event.js';
import { validateEvents } from '../../src/model/validate-events.js';
import { AXIS_HEIGHT_PX, PlotRenderer, type PlotCallbacks } from '../../src/render/plot-renderer.js';

/**
 * Seven events in two lanes: points, a span, an event both parties share (a tie
 * between the lanes), an open end, a month-precision date and an uncertain one.
 */
export const SMALL_DATASET: readonly TimelineEventInput[] = [
  { id: 'ceasefire', start: '2019-01-05', title: 'Ceasefire announced', actors: ['Government'] },
  { id: 'market', start: '2019-01-20', title: 'Market shelled', actors: ['Opposition'] },
  { id: 'siege', start: '2019-02-01', end: '2019-03-15', title: 'Siege of the old town', actors: ['Government'] },
  { id: 'talks', start: '2019-03-01', title: 'Talks in Geneva', actors: ['Government', 'Opposition'] },
  { id: 'occupation', start: '2019-04-01/..', title: 'Occupation', actors: ['Opposition'] },
  { id: 'convoy', start: '2019-04', title: 'Aid convoy', actors: ['Government'] },
  { id: 'exchange', start: '2019-05-10?', title: 'Prisoner exchange', actors: ['Opposition'] },
];

/** A text's width as a fixed px per character: the render layer measures nothing, and no test may depend on fonts. */
const CHAR_PX = 6;

export function prepare(records: readonly TimelineEventInput[]): PreparedTimeline {
  return prepareTimeline(validateEvents(records), { collapseGaps: true });
}

/** The layout the element would draw for a view, with text measured as CHAR_PX per character. */
export function layoutOf(
  prepared: PreparedTimeline,
  view: TimeView,
  options: { readonly width: number; readonly direction?: 'ltr' | 'rtl'; readonly selectedId?: string },
): TimelineLayout {
  return layoutTimeline(prepared, view, {
    width: options.width,
    direction: options.direction ?? 'ltr',
    labelWidth: (event) => event.title.length * CHAR_PX,
    shortenLabel: (event, width) => event.title.slice(0, Math.max(0, Math.floor(width / CHAR_PX))),
    laneNameWidth: (name) => name.length * CHAR_PX,
    selectedId: options.selectedId,
    top: AXIS_HEIGHT_PX,
  });
}

/** Callbacks that name things plainly, in English, with no element behind them. */
export const PLAIN_CALLBACKS: PlotCallbacks = {
  onEventActivate: () => {},
  onClusterActivate: () => {},
  nameOfMark: (mark) => mark.event.title,
  nameOfCluster: (cluster) => `${cluster.count} events`,
  nameOfBreak: () => 'time left out',
  countOfCluster: (cluster) => String(cluster.count),
};

/** A renderer drawing into a detached container: nothing it draws depends on the page. */
export function detachedRenderer(callbacks: Partial<PlotCallbacks> = {}): PlotRenderer {
  return new PlotRenderer(document.createElement('div'), { ...PLAIN_CALLBACKS, ...callbacks });
}
