import { expect } from '@open-wc/testing';
import { LANE_GAP_PX, LANE_HEADER_PX, ROW_HEIGHT_PX } from '../../src/layout/layout-timeline.js';
import { lanesThatFit } from '../../src/layout/lanes-that-fit.js';
import { GATHERED_LANE_KEY, groupIntoLanes, UNASSIGNED_LANE_KEY } from '../../src/layout/lanes.js';
import { makeEvent } from '../support/make-event.js';

const full = LANE_HEADER_PX + 3 * ROW_HEIGHT_PX + LANE_GAP_PX;
const single = LANE_HEADER_PX + ROW_HEIGHT_PX + LANE_GAP_PX;
const values = (counts: number[]) => counts.map((count) => ({ count }));

describe('lanesThatFit', () => {
  it('fits the busiest lanes and a full Other lane into the height', () => {
    // Room for Other and three full lanes, not four.
    expect(lanesThatFit(values([9, 9, 9, 9, 9, 9]), 3, 4 * full + full - 1, false)).to.equal(4);
    expect(lanesThatFit(values([9, 9, 9, 9, 9, 9]), 3, 5 * full, false)).to.equal(5);
  });

  it('counts a lane of one event as one row tall', () => {
    expect(lanesThatFit(values([9, 1, 1, 1, 1, 1]), 3, full + full + 3 * single, false)).to.equal(5);
  });

  it('keeps room for the lane of events with no value: the lanes drawn with its budget fit the height', () => {
    const events = [
      ...[0, 1, 2, 3, 4, 5].flatMap((a) => Array.from({ length: 9 }, (_, k) => makeEvent(`a${a}-${k}`, k, k + 1, { actors: [`Actor ${a}`] }))),
      ...Array.from({ length: 9 }, (_, k) => makeEvent(`none-${k}`, k, k + 1)),
    ];
    const height = 4 * full + full / 2;
    const { lanes } = groupIntoLanes(events, {
      valuesOf: (event) => event.actors,
      maxLanes: (counted, hasUnassigned) => lanesThatFit(counted, 3, height, hasUnassigned),
    });
    // Two actors' own lanes, Other and the lane of events with no actor: four full lanes in four and a half.
    expect(lanes.map((lane) => lane.key)).to.deep.equal(['Actor 0', 'Actor 1', GATHERED_LANE_KEY, UNASSIGNED_LANE_KEY]);
    expect(lanes.length * full).to.be.at.most(height);
  });

  it('needs no Other lane when every value fits, and gives at least two lanes', () => {
    expect(lanesThatFit(values([9, 9]), 3, 10 * full, false)).to.equal(2);
    expect(lanesThatFit(values([9, 9, 9]), 3, 10 * full, true)).to.equal(4);
    expect(lanesThatFit(values([9, 9, 9]), 3, 10, false)).to.equal(2);
  });
});
