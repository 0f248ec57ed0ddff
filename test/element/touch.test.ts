import { expect } from '@open-wc/testing';
import { idlib2019 } from '../../src/data/datasets/idlib-2019.js';
import { plotSvg, settle, timeAt, timelineFixture, timelineInLongPage } from '../support/timeline-fixture.js';
import { emulateTouchScreen, gesture } from '../support/touch.js';

const span = (v: { start: Date; end: Date }) => v.end.getTime() - v.start.getTime();

// Zoom and pan mechanics, measured in linear time (collapsed stretches have tests of their own).
const LINEAR = { gaps: 'linear' } as const;

describe('<conflict-timeline> touch', () => {
  beforeEach(() => emulateTouchScreen(true));
  afterEach(() => emulateTouchScreen(false));

  it('pans with one finger', async () => {
    const el = await timelineFixture(idlib2019.events, LINEAR);
    el.zoomTo('2018-06', '2019-03');
    await settle(el);
    const before = el.view;
    const box = plotSvg(el).getBoundingClientRect();
    const y = box.top + box.height - 12;
    await gesture([{ id: 1, x: box.left + 600, y }], [{ id: 1, x: box.left + 400, y }]);
    await settle(el);
    expect(span(el.view)).to.be.closeTo(span(before), 1000);
    // Finger moved 200 px left: the view moved 200 px worth of time later.
    expect(el.view.start.getTime() - before.start.getTime()).to.be.closeTo((200 / box.width) * span(before), span(before) * 0.03);
  });

  it('zooms with a two-finger pinch around the fingers', async () => {
    const el = await timelineFixture(idlib2019.events, LINEAR);
    const before = el.view;
    const box = plotSvg(el).getBoundingClientRect();
    const y = box.top + box.height - 12;
    const mid = box.left + 500;
    const anchor = timeAt(el, 500);
    await gesture(
      [
        { id: 1, x: mid - 50, y },
        { id: 2, x: mid + 50, y },
      ],
      [
        { id: 1, x: mid - 200, y },
        { id: 2, x: mid + 200, y },
      ],
    );
    await settle(el);
    // Fingers spread fourfold: the view is about a quarter as wide, around the same instant.
    expect(span(el.view) / span(before)).to.be.closeTo(0.25, 0.05);
    expect(Math.abs(timeAt(el, 500) - anchor)).to.be.below(span(el.view) * 0.02);
  });
});

describe('<conflict-timeline> touch in a long page', () => {
  beforeEach(() => emulateTouchScreen(true));
  afterEach(() => emulateTouchScreen(false));

  it('lets a one-finger vertical swipe over the plot scroll the page', async () => {
    const el = await timelineInLongPage(700);
    const scrolled = window.scrollY;
    const before = el.view;
    const box = plotSvg(el).getBoundingClientRect();
    const x = box.left + 300;
    await gesture([{ id: 1, x, y: box.bottom - 20 }], [{ id: 1, x, y: box.bottom - 170 }], 10);
    await settle(el);
    expect(window.scrollY - scrolled).to.be.greaterThan(60);
    expect(span(el.view)).to.be.closeTo(span(before), 1000);
  });
});
