// The events every consumer app draws: typed with the package's own input type.
import type { TimelineEventInput } from 'conflict-timeline';

export const events: TimelineEventInput[] = [
  { id: 'sochi', title: 'Sochi memorandum', start: '2018-09-17', actors: ['Russia', 'Turkey'] },
  { id: 'summit', title: 'Sochi summit', start: '2019-02-14', actors: 'Turkey, Russia, Iran' },
];
