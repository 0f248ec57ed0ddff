// Compiled by `npm run typecheck` (part of `npm test`), never run: the built package's declarations give
// npm users conflict-timeline/draft by its name, and dated drafts go into the element's `events` as they are.
import { ConflictTimeline, type TimelineEventInput } from 'conflict-timeline';
import { draftEvents, isDatedDraft, type DraftEvent, type DraftOptions } from 'conflict-timeline/draft';

const options: DraftOptions = { published: '2019-02-13', locale: 'en' };
const drafts: DraftEvent[] = draftEvents('They met in Ankara on Monday.', options);
const dated: TimelineEventInput[] = drafts.filter(isDatedDraft);
const timeline = new ConflictTimeline();
timeline.events = dated;
const notes: string[] = drafts.map((d) => `${d.dateText}: ${d.dateNote}${d.reason ? ` (${d.reason})` : ''}`);
// A draft may have no start. Since `start` may be left out where `dates` is given, drafts as they are
// type-check as TimelineEventInput[]; one with neither is rejected with a reason when it is read.
const undated: TimelineEventInput[] = drafts;
export { notes, undated };
