import { expect } from '@open-wc/testing';
import { buildEventIndex } from '../../src/layout/event-index.js';
import { laneDetail } from '../../src/layout/lane-detail.js';
import { BIN_PX } from '../../src/layout/level-of-detail.js';
import { layoutTimeline } from '../../src/layout/layout-timeline.js';
import { prepareTimeline } from '../../src/layout/prepare-timeline.js';
import type { TimelineEvent } from '../../src/model/timeline-event.js';
import { DAY, makeEvent, utc } from '../support/make-event.js';

const eventSet = (events: TimelineEvent[]) => ({
  events: [...events].sort((a, b) => a.from - b.from),
  rejected: [],
  warnings: [],
  eras: [],
});
const labelWidth = () => 60;

describe('layoutTimeline', () => {
  const ankara = makeEvent('ankara', utc(2019, 2, 11), utc(2019, 2, 12) - 1, { actors: ['Russia', 'Turkey'] });
  const sochi = makeEvent('sochi', utc(2019, 2, 14), utc(2019, 2, 15) - 1, { actors: ['Turkey', 'Russia', 'Iran'] });
  const protests = makeEvent('protests', utc(2011, 3, 1), utc(2011, 4, 1) - 1, { actors: ['Syrian government'], precision: 'month' });
  const prepared = prepareTimeline(eventSet([ankara, sochi, protests]));
  // Linear time, so that px are proportional to ms (collapsed stretches are tested in time-warp.test.ts).
  const linear = prepareTimeline(eventSet([ankara, sochi, protests]), { collapseGaps: false });
  const view = { start: utc(2011, 1, 1), end: utc(2019, 12, 31) };

  it('draws a multi-actor event in each actor lane and ties the copies together', () => {
    const layout = layoutTimeline(prepared, view, { width: 1000, labelWidth });
    const lanesOfAnkara = layout.marks.filter((m) => m.event.id === 'ankara').map((m) => m.laneKey);
    expect(lanesOfAnkara.sort()).to.deep.equal(['Russia', 'Turkey']);
    expect(layout.marks.filter((m) => m.event.id === 'ankara' && m.primary)).to.have.length(1);
    const tie = layout.ties.find((t) => t.eventId === 'sochi');
    expect(tie, 'tie for the Sochi summit').to.exist;
    const ys = layout.marks.filter((m) => m.event.id === 'sochi').map((m) => m.y);
    expect(tie!.y0).to.equal(Math.min(...ys));
    expect(tie!.y1).to.equal(Math.max(...ys));
  });

  it('labels only the copy in the least crowded of its lanes', () => {
    const layout = layoutTimeline(prepared, view, { width: 1000, labelWidth });
    const sochiCopies = layout.marks.filter((m) => m.event.id === 'sochi');
    expect(sochiCopies).to.have.length(3);
    // Russia and Turkey hold two events each, Iran one: Iran's copy is the labelled, focusable one.
    expect(sochiCopies.filter((m) => m.primary).map((m) => m.laneKey)).to.deep.equal(['Iran']);
    expect(sochiCopies.filter((m) => m.labelShown).map((m) => m.laneKey)).to.deep.equal(['Iran']);
  });

  it('puts a label before its mark where it would run off the plot', () => {
    const layout = layoutTimeline(linear, { start: utc(2018, 1, 1), end: utc(2019, 2, 16) }, { width: 1000, labelWidth: () => 120 });
    const summit = layout.marks.find((m) => m.event.id === 'sochi' && m.primary)!;
    expect(summit.labelShown).to.equal(true);
    // The label's box (120 px from its left edge, labelX) ends before the mark begins.
    expect(summit.labelX + 120).to.be.at.most(summit.x0);
    expect(summit.labelX).to.be.at.least(0);
  });

  it('draws a month-precision date as a soft span covering the month, not a point on the 1st', () => {
    const narrow = { start: utc(2011, 1, 1), end: utc(2011, 12, 31) };
    const layout = layoutTimeline(linear, narrow, { width: 1000, labelWidth });
    const mark = layout.marks.find((m) => m.event.id === 'protests')!;
    expect(mark.kind).to.equal('span');
    expect(mark.soft).to.equal(true);
    const pxPerMs = 1000 / (narrow.end - narrow.start);
    expect(mark.x0).to.be.closeTo((utc(2011, 3, 1) - narrow.start) * pxPerMs, 0.01);
    expect(mark.x1 - mark.x0).to.be.closeTo(31 * DAY * pxPerMs, 0.01);
  });

  it('mirrors positions when time runs right to left', () => {
    const ltr = layoutTimeline(linear, view, { width: 1000, labelWidth });
    const rtl = layoutTimeline(linear, view, { width: 1000, labelWidth, direction: 'rtl' });
    const x = (l: typeof ltr) => l.marks.find((m) => m.event.id === 'sochi' && m.primary)!.x;
    expect(x(rtl)).to.be.closeTo(1000 - x(ltr), 1e-6);
    // Later in time is to the left: a label that fits there stands left of its mark.
    const labelled = rtl.marks.find((m) => m.labelShown && m.event.id === 'protests')!;
    expect(labelled.labelX + 60).to.be.at.most(labelled.x0);
  });

  it('lays out only what overlaps the view', () => {
    const only2011 = layoutTimeline(prepared, { start: utc(2011, 1, 1), end: utc(2011, 12, 31) }, { width: 800, labelWidth });
    expect(only2011.visibleEventCount).to.equal(1);
    expect(new Set(only2011.marks.map((m) => m.event.id))).to.deep.equal(new Set(['protests']));
  });

  it('draws a crowded lane as a density strip only, counting every visible event once', () => {
    const many = Array.from({ length: 2000 }, (_, i) => makeEvent(`e${i}`, utc(2015, 1, 1) + i * 3600_000, utc(2015, 1, 1) + i * 3600_000 + 1000));
    // A long span is counted too: a bar drawn over the strip would hide its counts and catch its clicks.
    const long = makeEvent('long', utc(2015, 3, 1), utc(2015, 3, 20), { end: true });
    const dense = prepareTimeline(eventSet([...many, long]));
    const v = { start: utc(2014, 12, 1), end: utc(2015, 5, 1) };
    const layout = layoutTimeline(dense, v, { width: 600, labelWidth });
    expect(layout.marks).to.have.length(0);
    expect(layout.clusters.reduce((n, c) => n + c.count, 0)).to.equal(2001);
    expect(layout.lanes[0]!.visibleCount).to.equal(2001);
    // Bounded by the width, not the data: at most one bin per BIN_PX.
    expect(layout.clusters.length).to.be.at.most(600 / BIN_PX + 2);
  });

  it('lays a density strip out as side-by-side columns inside the plot, bars scaled by the square root of the count', () => {
    const burst = Array.from({ length: 900 }, (_, i) => makeEvent(`b${i}`, utc(2015, 2, 1) + i * 60_000, utc(2015, 2, 1) + i * 60_000 + 1000));
    const spread = Array.from({ length: 900 }, (_, i) => makeEvent(`s${i}`, utc(2015, 1, 1) + i * 4 * 3600_000, utc(2015, 1, 1) + i * 4 * 3600_000 + 1000));
    const layout = layoutTimeline(prepareTimeline(eventSet([...burst, ...spread])), { start: utc(2015, 1, 1), end: utc(2015, 6, 1) }, { width: 800, labelWidth });
    const columns = [...layout.clusters].sort((a, b) => a.x0 - b.x0);
    for (let i = 1; i < columns.length; i++) expect(columns[i]!.x0).to.be.at.least(columns[i - 1]!.x1 - 1e-6);
    for (const c of columns) {
      expect(c.x0).to.be.at.least(0);
      expect(c.x1).to.be.at.most(800);
      expect(c.barY).to.be.within(c.y0, c.y1);
    }
    const max = Math.max(...columns.map((c) => c.count));
    const tallest = columns.find((c) => c.count === max)!;
    const small = columns.find((c) => c.count <= max / 16)!;
    const height = (c: typeof tallest) => c.y1 - 2 - c.barY;
    expect(height(small) / height(tallest)).to.be.closeTo(Math.max(Math.sqrt(small.count / max), 2 / height(tallest)), 0.01);
  });

  it('keeps a sparse lane as single marks', () => {
    const few = [makeEvent('a', 0, 10), makeEvent('b', 100, 110)];
    const detail = laneDetail(buildEventIndex(few), { start: 0, end: 1000 }, 1, 1000);
    expect(detail.bins).to.have.length(0);
    expect(detail.singles).to.have.length(2);
  });
});
