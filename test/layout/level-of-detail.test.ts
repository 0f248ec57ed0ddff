import { expect } from '@open-wc/testing';
import { BIN_PX, binDenseEvents, binMsFor, PX_PER_BAR } from '../../src/layout/level-of-detail.js';
import type { TimelineEvent } from '../../src/model/timeline-event.js';
import { DAY, makeEvent, utc } from '../support/make-event.js';

const byStart = (events: TimelineEvent[]) => [...events].sort((a, b) => a.from - b.from || a.to - b.to);
const total = (detail: ReturnType<typeof binDenseEvents>) =>
  detail.singles.length + detail.bins.reduce((n, b) => n + b.count, 0);

describe('binDenseEvents', () => {
  const widthPx = 600;
  const msPerPx = DAY; // a day per px: a bin is 12 to 24 days

  it('keeps one bin per slot of time even when midpoints are out of start order', () => {
    // Alternating lengths: each event's midpoint falls before or after its neighbours'.
    const events = byStart(
      Array.from({ length: 2000 }, (_, i) => {
        const from = utc(2015, 1, 1) + Math.floor(i / 4) * DAY;
        return makeEvent(`e${i}`, from, from + (i % 2 ? 10 : 1) * DAY - 1);
      }),
    );
    const detail = binDenseEvents(events, msPerPx, widthPx);
    const starts = detail.bins.map((b) => b.from);
    expect(new Set(starts).size, 'no two bins for one slot').to.equal(starts.length);
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
    expect(total(detail)).to.equal(2000);
    expect(detail.bins.length + detail.singles.length).to.be.at.most(Math.ceil(2000 / BIN_PX) + 2);
  });

  it('keeps at most rows × width ÷ PX_PER_BAR long events as bars in a crowded lane, the longest', () => {
    const events = byStart(
      Array.from({ length: 3000 }, (_, i) => {
        const from = utc(2012, 1, 1) + (i % 500) * DAY;
        return makeEvent(`e${i}`, from, from + (BIN_PX + 1 + (i % 97)) * DAY, { end: true });
      }),
    );
    const rows = 2;
    const detail = binDenseEvents(events, msPerPx, widthPx, rows);
    const limit = Math.floor((rows * widthPx) / PX_PER_BAR);
    const length = (e: TimelineEvent) => e.to - e.from;
    const bars = detail.singles.filter((e) => length(e) > binMsFor(msPerPx)).sort((a, b) => length(b) - length(a));
    // A binned event left alone in its bin is drawn singly too; the rest of the bars are the longest.
    expect(bars.length).to.be.within(limit, limit + Math.ceil(widthPx / BIN_PX));
    const shortestChosen = length(bars[limit - 1]!);
    const binned = detail.bins.flatMap((b) => b.events!);
    expect(Math.max(...binned.map(length))).to.be.at.most(shortestChosen);
    expect(total(detail)).to.equal(3000);
  });

  it('keeps bins in place through small zooms and splits them in two past a level', () => {
    const events = byStart(Array.from({ length: 3000 }, (_, i) => makeEvent(`e${i}`, utc(2015, 1, 1) + i * 7919_000, utc(2015, 1, 1) + i * 7919_000 + 1000)));
    const at = (m: number) => binDenseEvents(events, m, widthPx).bins.map((b) => b.from);
    expect(at(3600_000)).to.deep.equal(at(3600_000 * 1.1));
    const coarse = binMsFor(3600_000);
    expect(binMsFor(3600_000 / 2)).to.equal(coarse / 2);
    for (const from of at(3600_000 / 2)) expect(from % (coarse / 2)).to.equal(0);
  });

  it('leaves long events as bars while there is room for them', () => {
    const events = byStart([
      ...Array.from({ length: 200 }, (_, i) => makeEvent(`p${i}`, utc(2015, 1, 1) + i * 3600_000, utc(2015, 1, 1) + i * 3600_000 + 1000)),
      makeEvent('long', utc(2014, 6, 1), utc(2015, 6, 1), { end: true }),
    ]);
    const detail = binDenseEvents(events, msPerPx, widthPx);
    expect(detail.singles.map((e) => e.id)).to.include('long');
  });
});
