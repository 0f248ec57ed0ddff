/**
 * Calendar dates in every reader time zone, for the vague dates
 * conflict data is full of: months, seasons, years, decades, hedged and
 * interval dates. In each zone the details panel and the mark's name say the
 * same words, and the span is drawn over the same UTC calendar stretch.
 */
import { expect } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';
import { emulateTimezone, READER_TIME_ZONES } from '../support/timezone.js';

interface Case {
  readonly start: string;
  readonly end?: string;
  /** describeEventDate's words, as the details panel shows them. */
  readonly words: string;
  /** The UTC calendar stretch the mark must cover: [first instant, first instant after]. */
  readonly covers: readonly [number, number];
  /** A day is exact enough to be drawn as a point, at the middle of its UTC day. */
  readonly point?: boolean;
}

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

const CASES: Record<string, Case> = {
  month: { start: '2011-03', words: 'March 2011', covers: [utc(2011, 3), utc(2011, 4)] },
  'uncertain month': { start: '2019-02?', words: 'February 2019, uncertain', covers: [utc(2019, 2), utc(2019, 3)] },
  'approximate and uncertain month': { start: '2019-02%', words: 'February 2019, approximate and uncertain', covers: [utc(2019, 2), utc(2019, 3)] },
  season: { start: '2017-23', words: 'autumn 2017', covers: [utc(2017, 9), utc(2017, 12)] },
  'approximate season': { start: '2017-23~', words: 'autumn 2017, approximate', covers: [utc(2017, 9), utc(2017, 12)] },
  // Winter runs into the next year: December 2018 to February 2019.
  winter: { start: '2018-24', words: 'winter 2018', covers: [utc(2018, 12), utc(2019, 3)] },
  year: { start: '2019', words: '2019', covers: [utc(2019), utc(2020)] },
  'approximate year': { start: '2017~', words: '2017, approximate', covers: [utc(2017), utc(2018)] },
  'uncertain day': { start: '2019-02-11?', words: '11 February 2019, uncertain', covers: [utc(2019, 2, 11), utc(2019, 2, 12)], point: true },
  'month interval': { start: '2017-09/2018-09', words: 'September 2017 – September 2018', covers: [utc(2017, 9), utc(2018, 10)] },
  'start and end of mixed precision': {
    start: '2018-09-17',
    end: '2019-02~',
    words: '17 September 2018 – February 2019, approximate',
    covers: [utc(2018, 9, 17), utc(2019, 3)],
  },
};

/** The screen x of a UTC instant in the element's current view. */
function xOf(el: ConflictTimeline, t: number): number {
  const { start, end } = el.view;
  const width = el.shadowRoot!.querySelector('svg.plot-svg')!.clientWidth;
  return ((t - start.getTime()) / (end.getTime() - start.getTime())) * width;
}

describe('<conflict-timeline> vague dates in every reader time zone', () => {
  afterEach(() => emulateTimezone(undefined));

  for (const zone of READER_TIME_ZONES) {
    describe(zone, () => {
      for (const [name, c] of Object.entries(CASES)) {
        it(`${name} (${c.start}${c.end ? ` to ${c.end}` : ''}) reads "${c.words}" and sits on its UTC days`, async () => {
          await emulateTimezone(zone);
          expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone);
          const event = { id: 'e', start: c.start, ...(c.end ? { end: c.end } : {}), title: 'Vague event', actors: ['Turkey'] };
          const el = await timelineFixture([event]);
          const [from, to] = c.covers;
          const span = to - from;
          el.zoomTo(from - span / 2, to + span / 2);
          await settle(el);

          const mark = el.shadowRoot!.querySelector<SVGGElement>('g.mark[data-key="e"]')!;
          expect(mark.getAttribute('aria-label')).to.contain(c.words);
          if (c.point) {
            const symbol = mark.querySelector('path.symbol');
            expect(symbol, 'drawn as a point').to.exist;
            const x = Number(/translate\(([-\d.e]+)/.exec(symbol!.getAttribute('transform')!)![1]);
            expect(x, 'at the middle of the UTC day').to.be.closeTo(xOf(el, (from + to) / 2), 1);
          } else {
            const extent = mark.querySelector('rect.extent');
            expect(extent, 'drawn as a span, not a point').to.exist;
            const x0 = Number(extent!.getAttribute('x'));
            const x1 = x0 + Number(extent!.getAttribute('width'));
            expect(x0, 'left edge on the first UTC day').to.be.closeTo(xOf(el, from), 1);
            expect(x1, 'right edge after the last UTC day').to.be.closeTo(xOf(el, to), 1);
          }

          el.select('e');
          await settle(el);
          const date = el.shadowRoot!.querySelector('[part~="details-date"]')!;
          expect(date.textContent).to.equal(c.words);
        });
      }
    });
  }
});
