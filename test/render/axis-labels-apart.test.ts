import { expect } from '@open-wc/testing';
import type { AxisTick } from '../../src/layout/axis-ticks.js';
import { labelsApart, tickLabelAnchor } from '../../src/render/axis-labels-apart.js';

/** 6 px a character: what the ticks' labels would measure in a 10 px font. */
const widthOf = (text: string) => text.length * 6;
const tick = (x: number, leading: boolean): AxisTick => ({ time: x, x, leading });

describe('labelsApart', () => {
  it('leaves labels that stand apart as they are', () => {
    const ticks = [tick(100, true), tick(200, false), tick(300, false)];
    expect(labelsApart(ticks, ['1 Mar 2019', '3', '5'], () => 'never', widthOf, 600)).to.deep.equal(['1 Mar 2019', '3', '5']);
  });

  it('blanks a label that a label drawn inward from the edge reaches, and hands the larger unit on', () => {
    // "27 Aug 2017" stands from x = 10 to 76 (drawn inward); "3 Sep 2017", centred on 90, would start at 60.
    const ticks = [tick(10, true), tick(90, true), tick(175, false), tick(260, false)];
    const leading = ['27 Aug 2017', '3 Sep 2017', '10 Sep 2017', '17 Sep 2017'];
    const shown = labelsApart(ticks, ['27 Aug 2017', '3 Sep 2017', '10', '17'], (i) => leading[i]!, widthOf, 600);
    expect(shown).to.deep.equal(['27 Aug 2017', '', '10 Sep 2017', '17']);
  });

  it('keeps the label before the edge and blanks the one drawn inward at the right edge when they meet', () => {
    const ticks = [tick(500, false), tick(590, false)];
    // "Sep 2018" ends at 590 drawn inward (from 542); "Aug 2018" centred on 500 reaches 524: apart. Longer ones meet.
    expect(labelsApart(ticks, ['Aug 2018', 'Sep 2018'], () => 'never', widthOf, 600)).to.deep.equal(['Aug 2018', 'Sep 2018']);
    expect(labelsApart(ticks, ['August 2018 (long)', 'September 2018'], () => 'never', widthOf, 600)).to.deep.equal(['August 2018 (long)', '']);
  });

  it('compares neighbours in time, whichever way time runs on screen', () => {
    // Right to left: time runs from x = 590 to x = 10.
    const ticks = [tick(590, true), tick(510, true), tick(420, false)];
    const leading = ['27 Aug 2017', '3 Sep 2017', '10 Sep 2017'];
    expect(labelsApart(ticks, ['27 Aug 2017', '3 Sep 2017', '10'], (i) => leading[i]!, widthOf, 600)).to.deep.equal(['27 Aug 2017', '', '10 Sep 2017']);
  });
});

describe('tickLabelAnchor', () => {
  it('draws a label inward from a tick near either edge, and centres it elsewhere', () => {
    expect(tickLabelAnchor(5, 600)).to.equal('start');
    expect(tickLabelAnchor(300, 600)).to.equal(null);
    expect(tickLabelAnchor(595, 600)).to.equal('end');
  });
});
