/** The element's own words. Other languages supply the same shape. */
export interface UiStrings {
  readonly toolbarLabel: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly fit: string;
  readonly plotLabel: (title: string) => string;
  readonly closeDetails: string;
  readonly sourceSays: string;
  readonly howDated: string;
  readonly actors: string;
  readonly sources: string;
  readonly eventCount: (n: number) => string;
  readonly clusterName: (n: number, when: string) => string;
  readonly rejectedNotice: (rejected: number, total: number) => string;
  readonly details: string;
  readonly dismiss: string;
  readonly loading: string;
  readonly loadFailed: string;
  readonly retry: string;
  readonly noEvents: string;
  readonly otherLane: string;
  readonly viewRange: (from: string, to: string, count: string) => string;
}

export const EN_UI: UiStrings = {
  toolbarLabel: 'Timeline controls',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  plotLabel: (title) => (title ? `Timeline: ${title}` : 'Timeline'),
  closeDetails: 'Close details',
  sourceSays: 'The source says',
  howDated: 'How it was dated',
  actors: 'Actors',
  sources: 'Sources',
  eventCount: (n) => (n === 1 ? '1 event' : `${n.toLocaleString('en')} events`),
  clusterName: (n, when) => `${n.toLocaleString('en')} events, ${when}. Press Enter to zoom in.`,
  rejectedNotice: (rejected, total) => `${rejected} of ${total} records could not be shown`,
  details: 'details',
  dismiss: 'Dismiss',
  loading: 'Loading events…',
  loadFailed: 'The events could not be loaded',
  retry: 'Try again',
  noEvents: 'No events to show.',
  otherLane: 'Other',
  viewRange: (from, to, count) => `Showing ${from} to ${to}: ${count}`,
};
