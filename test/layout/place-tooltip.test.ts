import { expect } from '@open-wc/testing';
import { placeTooltip, TOOLTIP_EDGE_MARGIN_PX, type Box } from '../../src/layout/place-tooltip.js';

const bounds: Box = { left: 0, top: 0, right: 400, bottom: 300 };
const row = (left: number, right: number, top: number): Box => ({ left, right, top, bottom: top + 24 });

describe('placeTooltip', () => {
  it('goes above the row, centred on the mark', () => {
    const p = placeTooltip(row(190, 210, 150), 100, 40, bounds);
    expect(p).to.deep.equal({ left: 150, top: 110, side: 'above' });
  });

  it('goes below the row when there is no room above, and never over the row', () => {
    const p = placeTooltip(row(190, 210, 20), 100, 40, bounds);
    expect(p.side).to.equal('below');
    expect(p.top).to.equal(44);
  });

  it('stays inside the bounds at either edge', () => {
    expect(placeTooltip(row(0, 10, 150), 100, 40, bounds).left).to.equal(TOOLTIP_EDGE_MARGIN_PX);
    expect(placeTooltip(row(390, 400, 150), 100, 40, bounds).left).to.equal(400 - TOOLTIP_EDGE_MARGIN_PX - 100);
  });

  it('centres on the part of a long span that is in bounds', () => {
    const p = placeTooltip(row(-1000, 200, 150), 100, 40, bounds);
    expect(p.left).to.equal(50);
  });

  it('takes the roomier side, inside the bounds, when neither fits', () => {
    const p = placeTooltip(row(190, 210, 40), 100, 60, { left: 0, top: 0, right: 400, bottom: 100 });
    expect(p.side).to.equal('above');
    expect(p.top).to.equal(TOOLTIP_EDGE_MARGIN_PX);
  });
});
