// React 18 through the wrapper: `events` must arrive as a property and `onCtSelect` must hear ct-select,
// neither of which React 18 does for a bare custom element.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ConflictTimeline } from 'conflict-timeline/react';
import type { SelectEvent } from 'conflict-timeline';
import { events } from './shared-events';

function App() {
  const [selected, setSelected] = useState('none');
  const onSelect = (e: SelectEvent) => setSelected(e.detail?.title ?? 'cleared');
  return (
    <>
      <ConflictTimeline id="timeline" events={events} label="React 18" gaps="linear" onCtSelect={onSelect} />
      <output id="selected">{selected}</output>
      {/* @ts-expect-error gaps is 'collapse' or 'linear' */}
      <ConflictTimeline gaps="sideways" hidden />
    </>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
