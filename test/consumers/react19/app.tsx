// React 19 with the tag itself: React 19 sets `events` as a property and listens to `onct-select`;
// the types come from conflict-timeline/types/react, with no declarations written here.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'conflict-timeline';
import type {} from 'conflict-timeline/types/react';
import { events } from './shared-events';

function App() {
  const [selected, setSelected] = useState('none');
  return (
    <>
      <conflict-timeline
        id="timeline"
        events={events}
        label="React 19"
        view-start="2018"
        onct-select={(e) => setSelected(e.detail?.title ?? 'cleared')}
        onct-view-change={(e) => e.detail.start.getTime()}
      />
      <output id="selected">{selected}</output>
      {/* @ts-expect-error gaps is 'collapse' or 'linear' */}
      <conflict-timeline gaps="sideways" hidden />
      {/* @ts-expect-error a view change's detail has no title */}
      <conflict-timeline hidden onct-view-change={(e) => e.detail.title} />
    </>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
