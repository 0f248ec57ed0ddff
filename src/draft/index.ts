/**
 * conflict-timeline/draft: draft timeline events from an article's prose. Apart from the
 * element: importing it defines nothing and adds nothing to the element's bundle.
 */
export { draftEvents } from './draft-events.js';
export { isDatedDraft } from './draft-event.js';
export type { DatedDraftEvent, DraftEvent, DraftOptions } from './draft-event.js';
