import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { contrast, rgba, type Rgb } from '../support/contrast.js';
import { labelBoxes } from '../support/drawn-boxes.js';
import { emulateForcedColors } from '../support/forced-colors.js';
import { plotSvg, timelineFixture } from '../support/timeline-fixture.js';
import { setSrc } from './data-support.js';

/** Our own file in the shape of TimelineJS's eras example: three eras that touch, over twenty events. */
const ERAS_EXAMPLE = '/test/data/fixtures/timelinejs-eras.json';
const ERA_TITLES = ['Umayyad rise 650–700', 'Old empires 600–650', 'Expansion 700–720'];

const SIZES = [
  { name: 'desk', width: 1280, height: 900 },
  { name: 'phone', width: 375, height: 812 },
] as const;

/** Less than this much overlap is the rounding of positions. */
const SUBPIXEL = 0.5;

async function erasTimeline(width: number, theme: 'light' | 'dark'): Promise<ConflictTimeline> {
  const el = await timelineFixture(undefined, { width: width - 20, attributes: { theme } });
  await setSrc(el, ERAS_EXAMPLE);
  return el;
}

const eraGroups = (el: ConflictTimeline) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.era')];
const titleOf = (era: SVGGElement) => era.querySelector('text.era-label')!.textContent;

function intersection(a: DOMRect, b: DOMRect): DOMRect {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  return new DOMRect(left, top, Math.max(0, Math.min(a.right, b.right) - left), Math.max(0, Math.min(a.bottom, b.bottom) - top));
}

/**
 * The era's name as it shows: its text, cut by the nested svg that clips it to the era. That svg's
 * own client box is its content's, unclipped: its viewport is read from its attributes.
 */
function shownLabelBox(el: ConflictTimeline, era: SVGGElement): DOMRect {
  const plot = plotSvg(el).getBoundingClientRect();
  const clip = era.querySelector<SVGSVGElement>('svg.era-label-box')!;
  const viewport = new DOMRect(plot.left + clip.x.baseVal.value, plot.top + clip.y.baseVal.value, clip.width.baseVal.value, clip.height.baseVal.value);
  return intersection(era.querySelector('text.era-label')!.getBoundingClientRect(), viewport);
}

/** Points inside the era and inside a lane's opaque band, a few px in from every edge. */
function pointsOverBands(el: ConflictTimeline, era: SVGGElement): Array<[number, number]> {
  const eraBox = intersection(era.querySelector('rect.era-band')!.getBoundingClientRect(), plotSvg(el).getBoundingClientRect());
  const bands = [...el.shadowRoot!.querySelectorAll<SVGRectElement>('g.lane rect.lane-band')].filter(
    (band) => rgba(getComputedStyle(band).fill).alpha > 0 && getComputedStyle(band).fill !== 'none',
  );
  const points: Array<[number, number]> = [];
  for (const band of bands) {
    const box = intersection(eraBox, band.getBoundingClientRect());
    if (box.width < 8 || box.height < 8) continue;
    for (let x = box.left + 3; x < box.right - 3; x += 7) for (let y = box.top + 3; y < box.bottom - 3; y += 5) points.push([x, y]);
  }
  return points;
}

/** The colour the era's name stands on: its tint over the element's background. */
function groundOf(el: ConflictTimeline, era: SVGGElement): Rgb {
  const bg = rgba(getComputedStyle(el).backgroundColor).rgb;
  const tint = rgba(getComputedStyle(era.querySelector('rect.era-band')!).fill);
  return bg.map((c, i) => c * (1 - tint.alpha) + tint.rgb[i]! * tint.alpha) as unknown as Rgb;
}

describe('eras (TimelineJS) over the lanes, named in their own strip', function () {
  this.timeout(30_000);
  after(() => setViewport({ width: 800, height: 600 }));
  for (const size of SIZES) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${size.name}, ${theme}: each era shows over the lanes' bands, its name readable and clear of event labels`, async () => {
        await setViewport({ width: size.width, height: size.height });
        const el = await erasTimeline(size.width, theme);
        const plot = plotSvg(el).getBoundingClientRect();
        const eras = eraGroups(el);
        expect(eras.map(titleOf).sort(), 'every era of the example, in the whole view').to.deep.equal([...ERA_TITLES].sort());
        const lanes = el.shadowRoot!.querySelector('g.lanes')!;
        const eventLabels = labelBoxes(el);
        for (const era of eras) {
          const title = titleOf(era);
          const seen = intersection(era.querySelector('rect.era-band')!.getBoundingClientRect(), plot);
          expect(seen.width * seen.height, `${title}: visible area`).to.be.above(0);
          expect(lanes.compareDocumentPosition(era) & Node.DOCUMENT_POSITION_FOLLOWING, `${title}: drawn after the lanes' bands`).to.not.equal(0);
          // Where no mark or name stands, what the reader sees over an opaque band is the era.
          // Eras known to the year share their boundary year: points under another era are left out.
          const others = eras.filter((other) => other !== era).map((other) => other.querySelector('rect.era-band')!.getBoundingClientRect());
          const points = pointsOverBands(el, era).filter(([x, y]) => !others.some((o) => x >= o.left && x <= o.right && y >= o.top && y <= o.bottom));
          const hits = points.map(([x, y]) => el.shadowRoot!.elementFromPoint(x, y)).filter((hit) => !hit?.closest('g.mark, g.cluster, g.lane-header, .lane-toggle'));
          expect(hits.length, `${title}: points over a lane's band, clear of marks`).to.be.above(0);
          for (const hit of hits) expect(hit?.closest('g.era'), `${title}: on top over the band`).to.equal(era);

          const label = shownLabelBox(el, era);
          expect(label.width, `${title}: its name shows`).to.be.above(20);
          expect(label.left >= plot.left - SUBPIXEL && label.right <= plot.right + SUBPIXEL, `${title}: its name inside the plot`).to.equal(true);
          expect(label.top >= plot.top - SUBPIXEL && label.bottom <= plot.bottom + SUBPIXEL, `${title}: its name inside the plot`).to.equal(true);
          for (const event of eventLabels) {
            const cross = intersection(label, event.box);
            expect(cross.width > SUBPIXEL && cross.height > SUBPIXEL, `${title}'s name × ${event.what}`).to.equal(false);
          }
          const fill = getComputedStyle(era.querySelector('text.era-label')!).fill;
          expect(contrast(fill, groundOf(el, era)), `${title}: its name's contrast`).to.be.at.least(4.5);
        }
        // Names of eras that touch do not run into each other.
        const names = eras.map((era) => shownLabelBox(el, era));
        names.forEach((a, i) =>
          names.slice(i + 1).forEach((b) => expect(intersection(a, b).width, 'two eras\u2019 names').to.be.at.most(SUBPIXEL)),
        );
      });
    }
  }

  it('in forced colours, an era is its edges and its name, in the system\u2019s text colour', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await erasTimeline(1280, 'light');
    try {
      await emulateForcedColors(true);
      for (const era of eraGroups(el)) {
        const text = getComputedStyle(era.querySelector('text.era-label')!).fill;
        const edge = getComputedStyle(era.querySelector('path.era-edge')!);
        expect(edge.stroke, 'edges in the name\u2019s colour').to.equal(text);
        expect(Number(edge.strokeOpacity), 'edges fully drawn').to.equal(1);
        expect(contrast(text, getComputedStyle(el).backgroundColor), 'name against the background').to.be.at.least(4.5);
      }
    } finally {
      await emulateForcedColors(false);
    }
  });
});
