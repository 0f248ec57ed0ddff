import { expect } from '@open-wc/testing';
import { BIN_PX, binIndexOf, binMsFor, densityBins } from '../../src/layout/level-of-detail.js';
import type { TimelineEvent } from '../../src/model/timeline-event.js';
import { DAY, makeEvent, utc } from '../support/make-event.js';

const byStart = (events: TimelineEvent[]) => [...events].sort((a, b) => a.from - b.from || a.to - b.to);
const total = (bins: readonly { count: number }[]) => bins.reduce((n, b) => n + b.count, 0);

describe('densityBins', () => {
  const msPerPx = DAY; // a day per px: a bin is 20 to 40 days
  const view = { start: utc(2014, 1, 1), end: utc(2016, 1, 1) };

  it('keeps one bin per slot of time even when midpoints are out of start order', () => {
    // Alternating lengths: each event's midpoint falls before or after its neighbours'.
    const events = byStart(
      Array.from({ length: 2000 }, (_, i) => {
        const from = utc(2015, 1, 1) + Math.floor(i / 4) * DAY;
        return makeEvent(`e${i}`, from, from + (i % 2 ? 10 : 1) * DAY - 1);
      }),
    );
    const bins = densityBins(events, view, msPerPx);
    const starts = bins.map((b) => b.from);
    expect(new Set(starts).size, 'no two bins for one slot').to.equal(starts.length);
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
    expect(total(bins)).to.equal(2000);
    expect(bins.length).to.be.at.most(Math.ceil(510 / BIN_PX) + 2);
  });

  it('counts long events too, each once, in the bin of its middle', () => {
    const events = byStart(Array.from({ length: 300 }, (_, i) => makeEvent(`e${i}`, utc(2015, 1, 1) + i * DAY, utc(2015, 1, 1) + (i + 60) * DAY, { end: true })));
    const bins = densityBins(events, view, msPerPx);
    expect(total(bins)).to.equal(300);
    const binMs = binMsFor(msPerPx);
    const first = events[0]!;
    const home = bins.find((b) => b.from === Math.floor((first.from + first.to) / 2 / binMs) * binMs);
    expect(home, 'the first event counted where its middle is').to.exist;
  });

  it('counts an event whose middle is off screen in the nearest bin on screen', () => {
    const reachingIn = makeEvent('in', utc(2012, 1, 1), utc(2014, 2, 1), { end: true });
    const binMs = binMsFor(msPerPx);
    expect(binIndexOf(reachingIn, view, binMs)).to.equal(Math.floor(view.start / binMs));
    const reachingOut = makeEvent('out', utc(2015, 12, 1), utc(2019, 1, 1), { end: true });
    expect(binIndexOf(reachingOut, view, binMs)).to.equal(Math.floor(view.end / binMs));
  });

  it('keeps bins in place through small zooms and splits them in two past a level', () => {
    const events = byStart(Array.from({ length: 3000 }, (_, i) => makeEvent(`e${i}`, utc(2015, 1, 1) + i * 7919_000, utc(2015, 1, 1) + i * 7919_000 + 1000)));
    const wide = { start: utc(2015, 1, 1), end: utc(2015, 2, 1) };
    const at = (m: number) => densityBins(events, wide, m).map((b) => b.from);
    expect(at(3600_000)).to.deep.equal(at(3600_000 * 1.1));
    const coarse = binMsFor(3600_000);
    expect(binMsFor(3600_000 / 2)).to.equal(coarse / 2);
    for (const from of at(3600_000 / 2)) expect(from % (coarse / 2)).to.equal(0);
  });
});
