// Compiled by `npm run typecheck` (part of `npm test`), never run: it checks that the built
// package's declarations give npm users the element, its events and its data types by the package name.
import { ConflictTimeline, type TimelineEventInput, type SelectEvent } from 'conflict-timeline';
import { idlib2019 } from 'conflict-timeline/datasets/idlib-2019';

const events: TimelineEventInput[] = idlib2019.events;
const timeline = new ConflictTimeline();
timeline.events = events;
timeline.addEventListener('ct-select', (e: SelectEvent) => e.detail?.title.toUpperCase());
timeline.addEventListener('ct-view-change', (e) => e.detail.start.getTime());
timeline.addEventListener('ct-diagnostics', (e) => e.detail.rejected.map((r) => r.reason));
const view: { start: Date; end: Date } = timeline.view;
export { view };

// The event's name fixes its detail's type on any target, the document included (GlobalEventHandlersEventMap).
document.addEventListener('ct-select', (e) => e.detail?.title.toUpperCase());
document.body.addEventListener('ct-locale-change', (e) => e.detail.fallback === true);
// @ts-expect-error a view change's detail has no title
document.addEventListener('ct-view-change', (e) => e.detail.title);

// `events` is typed as the data format: a misspelt field is caught at compile time (anything is still reported at run time).
// @ts-expect-error `titel` and `strat` are not fields of an event
timeline.events = [{ titel: 'Sochi summit', strat: '2019-02-14' }];
// The define-free entry and the bundle give the same class and types as the main entry.
import { ConflictTimeline as Undefined, TAG_NAME } from 'conflict-timeline/element';
import type { ConflictTimeline as FromBundle, SelectDetail } from 'conflict-timeline/bundle';
const sameClass: typeof ConflictTimeline = Undefined;
const bundled: FromBundle = timeline;
const detail: SelectDetail = null;
const tag: 'conflict-timeline' = TAG_NAME;
export { sameClass, bundled, detail, tag };
