import { expect } from '@open-wc/testing';
import { storyNeighbour, storyView } from '../../src/layout/story-navigation.js';
import { viewSpan } from '../../src/layout/time-view.js';
import { zoomAnchor } from '../../src/layout/zoom-anchor.js';
import { DAY, makeEvent, utc } from '../support/make-event.js';

const events = [
  makeEvent('a', utc(2011, 3, 1), utc(2011, 4, 1) - 1, { precision: 'month' }),
  makeEvent('b', utc(2017, 5, 4), utc(2017, 5, 5) - 1),
  makeEvent('c', utc(2018, 9, 17), utc(2018, 9, 18) - 1),
  makeEvent('d', utc(2019, 2, 14), utc(2019, 2, 15) - 1),
];
const all = { start: utc(2011, 1, 1), end: utc(2019, 12, 31) };

describe('storyNeighbour', () => {
  it('steps from the selected event to the one before or after it in time', () => {
    expect(storyNeighbour(events, 'next', 1, all)).to.equal(2);
    expect(storyNeighbour(events, 'previous', 1, all)).to.equal(0);
  });

  it('has nothing before the first event or after the last', () => {
    expect(storyNeighbour(events, 'previous', 0, all)).to.equal(undefined);
    expect(storyNeighbour(events, 'next', 3, all)).to.equal(undefined);
    expect(storyNeighbour([], 'next', undefined, all)).to.equal(undefined);
  });

  it('with nothing selected, Next is the first event from the view start, Previous the last up to its end', () => {
    const view = { start: utc(2017, 1, 1), end: utc(2018, 12, 31) };
    expect(storyNeighbour(events, 'next', undefined, view)).to.equal(1);
    expect(storyNeighbour(events, 'previous', undefined, view)).to.equal(2);
    expect(storyNeighbour(events, 'next', undefined, all)).to.equal(0);
    expect(storyNeighbour(events, 'previous', undefined, all)).to.equal(3);
  });
});

describe('storyView', () => {
  const bounds = { start: utc(2010, 1, 1), end: utc(2020, 12, 31) };
  const d = events[3]!;

  it('keeps the view when the event is whole on screen and readable there', () => {
    expect(storyView(d, all, bounds, () => true)).to.deep.equal(all);
  });

  it('pans to an event off screen at the same width when it is readable there', () => {
    const view = { start: utc(2011, 1, 1), end: utc(2012, 1, 1) };
    const shown = storyView(d, view, bounds, () => true);
    expect(viewSpan(shown)).to.equal(viewSpan(view));
    expect(shown.start).to.be.below(d.from);
    expect(shown.end).to.be.above(d.to);
  });

  it('zooms in on the event only as far as it needs to be readable', () => {
    const readableBelow = 40 * DAY;
    const shown = storyView(d, all, bounds, (view) => viewSpan(view) <= readableBelow);
    expect(viewSpan(shown)).to.be.at.most(readableBelow);
    // One halving less would not have been readable: never narrower than needed.
    expect(viewSpan(shown) * 2).to.be.above(readableBelow);
    expect(shown.start).to.be.below(d.from);
    expect(shown.end).to.be.above(d.to);
  });

  it('shows a long event whole with context, even from a narrower view', () => {
    const a = events[0]!;
    const narrow = { start: utc(2019, 2, 1), end: utc(2019, 2, 8) };
    const shown = storyView(a, narrow, bounds, () => true);
    expect(shown.start).to.be.below(a.from);
    expect(shown.end).to.be.above(a.to);
  });
});

describe('zoomAnchor', () => {
  const view = { start: utc(2018, 1, 1), end: utc(2019, 12, 31) };

  it('anchors on the first candidate on screen', () => {
    const [, b, c] = events;
    expect(zoomAnchor(view, [b, c])).to.equal((c!.from + c!.to) / 2);
    expect(zoomAnchor(view, [undefined, c])).to.equal((c!.from + c!.to) / 2);
  });

  it('has no anchor (the zoom keeps the centre) when no candidate is on screen', () => {
    expect(zoomAnchor(view, [events[0], undefined])).to.equal(undefined);
    expect(zoomAnchor(view, [])).to.equal(undefined);
  });

  it('anchors a span partly on screen on the part that shows', () => {
    const long = makeEvent('long', utc(2017, 1, 1), utc(2018, 3, 1));
    expect(zoomAnchor(view, [long])).to.equal((view.start + utc(2018, 3, 1)) / 2);
  });
});
