import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { buildEventIndex, visibleEvents } from '../../src/layout/event-index.js';
import { makeEvent } from '../support/make-event.js';

const eventArb = fc
  .tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 3_000 }))
  .map(([from, length]) => ({ from, to: from + length }));

describe('event index', () => {
  it('finds exactly the events that overlap a view, in start order (against a scan)', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 200 }), fc.integer({ min: -500, max: 11_000 }), fc.integer({ min: 0, max: 5_000 }), (spans, start, length) => {
        const events = spans
          .map((s, i) => makeEvent(String(i), s.from, s.to))
          .sort((a, b) => a.from - b.from || a.to - b.to);
        const view = { start, end: start + length };
        const expected = events.filter((e) => e.to >= view.start && e.from <= view.end).map((e) => e.id);
        const actual = visibleEvents(buildEventIndex(events), view).map((e) => e.id);
        expect(actual).to.deep.equal(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('finds nothing in an empty index', () => {
    expect(visibleEvents(buildEventIndex([]), { start: 0, end: 10 })).to.deep.equal([]);
  });
});
