// A date that is one of several, or all of them, laid out as its alternatives linked as one event.
import { expect } from '@open-wc/testing';
import { RUN_ON_PX } from '../../src/layout/layout-alternatives.js';
import { layoutTimeline } from '../../src/layout/layout-timeline.js';
import type { MarkLayout, TimelineLayout } from '../../src/layout/mark-layout.js';
import { POINT_RADIUS_PX } from '../../src/layout/mark-sizes.js';
import { prepareTimeline } from '../../src/layout/prepare-timeline.js';
import { validateEvents } from '../../src/model/validate-events.js';
import { DAY, utc } from '../support/make-event.js';

const WIDTH = 1000;
const LABEL_PX = 80;
/** Ten days on 1000 px: a day is 100 px, so where each alternative stands is plain to read. */
const VIEW = { start: utc(2018, 9, 12), end: utc(2018, 9, 22) };

function layout(records: readonly object[], direction: 'ltr' | 'rtl' = 'ltr', view = VIEW): TimelineLayout {
  const events = validateEvents(records);
  expect(events.rejected, 'every record accepted').to.deep.equal([]);
  // Linear time, so that px are proportional to ms.
  const prepared = prepareTimeline(events, { collapseGaps: false });
  return layoutTimeline(prepared, view, { width: WIDTH, labelWidth: () => LABEL_PX, direction });
}

function markOf(l: TimelineLayout, id: string): MarkLayout {
  const mark = l.marks.find((m) => m.event.id === id && m.primary);
  if (!mark) throw new Error(`no mark for ${id}`);
  return mark;
}

/** Screen x of an instant in VIEW on a WIDTH px plot. */
function xAt(ms: number, rtl = false, view = VIEW): number {
  const u = ((ms - view.start) / (view.end - view.start)) * WIDTH;
  return rtl ? WIDTH - u : u;
}

const midday = (y: number, m: number, d: number) => utc(y, m, d) + DAY / 2;

describe('layout of a date that is one of several', () => {
  const DISPUTED = { id: 'strike', title: 'Strike', start: '[2018-09-17,2018-09-18]', actors: ['Russia'] };

  for (const direction of ['ltr', 'rtl'] as const) {
    const rtl = direction === 'rtl';

    it(`puts each day at its own place, as a point, in time order (${direction})`, () => {
      const mark = markOf(layout([DISPUTED], direction), 'strike');
      const set = mark.alternatives!;
      expect(set.kind).to.equal('one-of');
      expect(set.items.map((item) => item.kind)).to.deep.equal(['point', 'point']);
      expect(set.items[0]!.x).to.be.closeTo(xAt(midday(2018, 9, 17), rtl), 1e-6);
      expect(set.items[1]!.x).to.be.closeTo(xAt(midday(2018, 9, 18), rtl), 1e-6);
      for (const item of set.items) {
        expect(item.x1 - item.x0).to.be.closeTo(2 * POINT_RADIUS_PX, 1e-6);
        expect(item.soft).to.equal(false);
      }
      // One event: its extent holds both, and its point (where a tie between lanes stands) is the first's.
      expect(mark.x0).to.be.closeTo(Math.min(...set.items.map((i) => i.x0)), 1e-6);
      expect(mark.x1).to.be.closeTo(Math.max(...set.items.map((i) => i.x1)), 1e-6);
      expect(mark.x).to.equal(set.items[0]!.x);
      expect(mark.kind).to.equal('span');
    });

    it(`labels it after the last alternative in time (${direction})`, () => {
      const mark = markOf(layout([DISPUTED], direction), 'strike');
      const last = mark.alternatives!.items[1]!;
      expect(mark.labelShown).to.equal(true);
      if (rtl) expect(mark.labelX + LABEL_PX).to.be.at.most(last.x0);
      else expect(mark.labelX).to.be.at.least(last.x1);
      expect(mark.labelY).to.equal(mark.y);
    });

    it(`runs [..a] on toward earlier time, and [a..] toward later (${direction})`, () => {
      const l = layout(
        [
          { id: 'before', title: 'On or before', start: '[..2018-09-14]', actors: ['Russia'] },
          { id: 'after', title: 'On or after', start: '[2018-09-19..]', actors: ['Turkey'] },
        ],
        direction,
      );
      const before = markOf(l, 'before');
      const day = before.alternatives!.items[0]!;
      expect(day.x).to.be.closeTo(xAt(midday(2018, 9, 14), rtl), 1e-6);
      const earlier = before.alternatives!.earlier!;
      expect(before.alternatives!.later).to.equal(undefined);
      // From the day's earlier edge, RUN_ON_PX on toward earlier time: left, or right when time runs right to left.
      expect(earlier.from).to.be.closeTo(rtl ? day.x1 : day.x0, 1e-6);
      expect(earlier.tip).to.be.closeTo(rtl ? day.x1 + RUN_ON_PX : day.x0 - RUN_ON_PX, 1e-6);
      expect(rtl ? before.x1 : before.x0).to.be.closeTo(earlier.tip, 1e-6);

      const after = markOf(l, 'after');
      const later = after.alternatives!.later!;
      const afterDay = after.alternatives!.items[0]!;
      expect(later.tip).to.be.closeTo(rtl ? afterDay.x0 - RUN_ON_PX : afterDay.x1 + RUN_ON_PX, 1e-6);
      // The label follows the run-on, after everything the date says.
      if (rtl) expect(after.labelX + LABEL_PX).to.be.at.most(later.tip);
      else expect(after.labelX).to.be.at.least(later.tip);
    });
  }

  it('draws a month or a run of days as a soft span over what it covers, and a day beside it as a point', () => {
    const l = layout(
      [{ id: 'mixed', title: 'Mixed', start: '[2018-09-13..2018-09-14,2018-09-19]', actors: ['Russia'] }],
      'ltr',
    );
    const [run, day] = markOf(l, 'mixed').alternatives!.items;
    expect(run).to.include({ kind: 'span', soft: true });
    expect(run!.x0).to.be.closeTo(xAt(utc(2018, 9, 13)), 1e-6);
    expect(run!.x1).to.be.closeTo(xAt(utc(2018, 9, 15) - 1), 1e-6);
    expect(day).to.include({ kind: 'point', soft: false });
    const months = layout([{ id: 'months', title: 'Months', start: '[2018-09,2018-11]', actors: ['Russia'] }], 'ltr', {
      start: utc(2018, 8, 1),
      end: utc(2018, 12, 31),
    });
    const items = markOf(months, 'months').alternatives!.items;
    expect(items.map((i) => [i.kind, i.soft])).to.deep.equal([
      ['span', true],
      ['span', true],
    ]);
    const view = { start: utc(2018, 8, 1), end: utc(2018, 12, 31) };
    expect(items[1]!.x0).to.be.closeTo(xAt(utc(2018, 11, 1), false, view), 1e-6);
  });

  it('draws a month too narrow for its span as a soft point at its middle', () => {
    const view = { start: utc(2000, 1, 1), end: utc(2020, 1, 1) };
    const mark = markOf(layout([{ id: 'm', title: 'M', start: '[2018-09,2018-11]', actors: ['Russia'] }], 'ltr', view), 'm');
    for (const [i, month] of [9, 11].entries()) {
      const item = mark.alternatives!.items[i]!;
      expect(item).to.include({ kind: 'point', soft: true });
      expect(item.x).to.be.closeTo(xAt((utc(2018, month, 1) + utc(2018, month + 1, 1) - 1) / 2, false, view), 1e-6);
    }
  });

  it('says uncertain or approximate for each alternative that is', () => {
    const mark = markOf(layout([{ id: 'h', title: 'H', start: '[2018-09-14,2018-09-18~]', actors: ['Russia'] }]), 'h');
    expect(mark.alternatives!.items.map((i) => i.hedged)).to.deep.equal([false, true]);
    expect(mark.hedged).to.equal(true);
  });

  it('keeps every other mark and label of its lane off the whole set, from the first alternative to the last', () => {
    const l = layout([
      { id: 'wide', title: 'Wide', start: '[2018-09-13,2018-09-20]', actors: ['Russia'] },
      // On a day between the two alternatives: it must not sit on the link between them.
      { id: 'between', title: 'Between', start: '2018-09-16', actors: ['Russia'] },
      // Just before the first alternative, labelled after itself: its label must not run into the set.
      { id: 'before', title: 'Before', start: '2018-09-12', actors: ['Russia'] },
    ]);
    const wide = markOf(l, 'wide');
    for (const id of ['between', 'before']) {
      const other = markOf(l, id);
      const crosses = (x0: number, x1: number) => x0 < wide.x1 && x1 > wide.x0;
      if (other.row === wide.row) {
        expect(crosses(other.x0, other.x1), `${id}'s mark`).to.equal(false);
        if (other.labelShown && other.labelY === wide.y) expect(crosses(other.labelX, other.labelX + LABEL_PX), `${id}'s label`).to.equal(false);
      }
    }
    expect(markOf(l, 'between').row).to.not.equal(wide.row);
  });

  it('is one event: one mark, one label, and a tie at its first alternative when it is in two lanes', () => {
    const l = layout([{ id: 'both', title: 'Both', start: '[2018-09-17,2018-09-19]', actors: ['Russia', 'Turkey'] }]);
    const copies = l.marks.filter((m) => m.event.id === 'both');
    expect(copies).to.have.length(2);
    expect(copies.filter((m) => m.primary)).to.have.length(1);
    expect(copies.filter((m) => m.labelShown)).to.have.length(1);
    const tie = l.ties.find((t) => t.eventId === 'both')!;
    expect(tie.x).to.be.closeTo(xAt(midday(2018, 9, 17)), 1e-6);
  });
});

describe('layout of a date that is all of several', () => {
  it('draws each member and says all-of', () => {
    const view = { start: utc(2018, 12, 1), end: utc(2019, 3, 31) };
    const mark = markOf(layout([{ id: 'talks', title: 'Talks', start: '{2019-01,2019-02}', actors: ['Turkey'] }], 'ltr', view), 'talks');
    expect(mark.alternatives!.kind).to.equal('all-of');
    const [january, february] = mark.alternatives!.items;
    expect(january!.x0).to.be.closeTo(xAt(utc(2019, 1, 1), false, view), 1e-6);
    expect(february!.x1).to.be.closeTo(xAt(utc(2019, 3, 1) - 1, false, view), 1e-6);
  });
});

describe('layout of a span with a set at an end', () => {
  it('draws [2011-03-15,2011-03-18]/2011-04 as one span, soft: its start is not known to the day', () => {
    const view = { start: utc(2011, 3, 1), end: utc(2011, 5, 1) };
    const l = layout([{ id: 'span', title: 'Span', start: '[2011-03-15,2011-03-18]/2011-04', actors: ['Syria'] }], 'ltr', view);
    const mark = markOf(l, 'span');
    expect(mark.alternatives).to.equal(undefined);
    expect(mark.kind).to.equal('span');
    expect(mark.soft).to.equal(true);
    expect(mark.x0).to.be.closeTo(xAt(utc(2011, 3, 15), false, view), 1e-6);
    expect(mark.x1).to.be.closeTo(xAt(utc(2011, 5, 1) - 1, false, view), 1e-6);
  });

  it('keeps a plain date written as a set of one ([2019-02-14]) an ordinary point', () => {
    const mark = markOf(layout([{ id: 'one', title: 'One', start: '[2018-09-17]', actors: ['Russia'] }]), 'one');
    expect(mark.alternatives).to.equal(undefined);
    expect(mark.kind).to.equal('point');
    expect(mark.soft).to.equal(false);
  });
});
