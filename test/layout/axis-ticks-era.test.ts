/** Ticks of several years across year 0 fall on the years a reader counts: 600 BC, not 601 BC. */
import { expect } from '@open-wc/testing';
import { axisTicks } from '../../src/layout/axis-ticks.js';
import { IDENTITY_WARP } from '../../src/layout/time-warp.js';

function yearStart(year: number): number {
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year);
  return date.getTime();
}

function tickYears(fromYear: number, toYear: number, width: number): number[] {
  const view = { start: yearStart(fromYear), end: yearStart(toYear) };
  const x = (t: number) => ((t - view.start) / (view.end - view.start)) * width;
  return axisTicks(view, IDENTITY_WARP, width, x).ticks.map((tick) => new Date(tick.time).getUTCFullYear());
}

describe('axis ticks across year 0', () => {
  it('puts ticks of several years on round years BC and on AD 1, never on year 0', () => {
    // 711 BC (astronomical -710) to AD 2127 on 1,200 px: a tick every 200 years.
    const years = tickYears(-710, 2127, 1200);
    expect(years).to.deep.equal([-599, -399, -199, 1, 200, 400, 600, 800, 1000, 1200, 1400, 1600, 1800, 2000]);
  });

  it('keeps yearly ticks on every year, 1 BC (year 0) included', () => {
    const years = tickYears(-3, 4, 900);
    expect(years).to.deep.equal([-3, -2, -1, 0, 1, 2, 3, 4]);
  });

  it('leaves ticks of years after AD 1 where they were', () => {
    expect(tickYears(1900, 2020, 900)).to.deep.equal([1900, 1920, 1940, 1960, 1980, 2000, 2020]);
  });
});
