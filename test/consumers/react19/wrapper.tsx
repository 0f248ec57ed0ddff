// React 19 through the wrapper type-checks too (compiled, not run).
import { ConflictTimeline } from 'conflict-timeline/react';
import { events } from './shared-events';

export const timeline = <ConflictTimeline events={events} onCtSelect={(e) => e.detail?.id} onCtDiagnostics={(e) => e.detail.rejected.length} />;
