import { expect, waitUntil } from '@open-wc/testing';
import { LabelMeasure, MEASURED_AHEAD } from '../../src/element/label-measure.js';
import { makeEvent } from '../support/make-event.js';

const FONT = '600 12px sans-serif';
const eventsTitled = (count: number, title: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => makeEvent(`e${i}`, i * 86_400_000, i * 86_400_000, { title: title(i) }));

describe('LabelMeasure.measureAhead', () => {
  it('measures every distinct title in idle time, to the widths a measure in a frame gives', async () => {
    // 2,000 events, 1,500 distinct titles: a few repeat, as in real data.
    const events = eventsTitled(2000, (i) => `Clashes near village ${i % 1500} in the north`);
    const ahead = new LabelMeasure(FONT);
    ahead.measureAhead(events, new AbortController().signal);
    expect(ahead.measuredCount, 'nothing measured before the browser is idle').to.equal(0);
    await waitUntil(() => ahead.measuredCount === 1500, 'every distinct title measured', { timeout: 10_000 });
    const fresh = new LabelMeasure(FONT);
    for (const event of events.filter((_, i) => i % 97 === 0)) expect(ahead.widthOf(event)).to.equal(fresh.widthOf(event));
    // Asked again in a frame, nothing new is measured.
    for (const event of events) ahead.widthOf(event);
    expect(ahead.measuredCount).to.equal(1500);
  });

  it('stops when newer data comes', async () => {
    const events = eventsTitled(MEASURED_AHEAD, (i) => `Event number ${i}`);
    const measure = new LabelMeasure(FONT);
    const stop = new AbortController();
    measure.measureAhead(events, stop.signal);
    // Newer data before the browser was idle: the old titles are not measured at all.
    stop.abort();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(measure.measuredCount).to.equal(0);
  });

  it('leaves data larger than MEASURED_AHEAD to be measured as views meet it', async () => {
    const events = eventsTitled(MEASURED_AHEAD + 1, (i) => `Event number ${i}`);
    const measure = new LabelMeasure(FONT);
    measure.measureAhead(events, new AbortController().signal);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(measure.measuredCount).to.equal(0);
  });
});
