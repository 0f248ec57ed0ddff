import { expect, fixture, html } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';

/** Russia has the most events, so it is the first lane and takes the first colour; Turkey the second. */
const EVENTS = [
  { id: 'sochi', start: '2018-09-17', title: 'Sochi memorandum', actors: 'Russia' },
  { id: 'astana', start: '2019-04-25', title: 'Astana talks', actors: 'Russia' },
  { id: 'ankara', start: '2019-02-11', title: 'Ankara meeting', actors: 'Turkey' },
];
const CHOSEN = 'rgb(1, 2, 3)';
const OLD_NAME_CHOSEN = 'rgb(4, 5, 6)';

function swatchFill(el: ConflictTimeline, lane: string): string {
  const swatch = el.shadowRoot!.querySelector(`g.lane-header[data-lane="${lane}"] path.lane-swatch`);
  if (!swatch) throw new Error(`no swatch for lane ${lane}`);
  return getComputedStyle(swatch).fill;
}

function symbolFill(el: ConflictTimeline, eventId: string): string {
  const symbol = el.shadowRoot!.querySelector(`g.mark[data-key="${eventId}"] path.symbol`);
  if (!symbol) throw new Error(`no symbol for ${eventId}`);
  return getComputedStyle(symbol).fill;
}

describe('lane colours: --ct-lane-N-color, as documented', () => {
  it('colours the first lane, its swatch and its marks, when set on the element', async () => {
    const el = await timelineFixture(EVENTS);
    const turkeyBefore = symbolFill(el, 'ankara');
    expect(symbolFill(el, 'sochi')).not.to.equal(CHOSEN);

    el.style.setProperty('--ct-lane-0-color', CHOSEN);
    await settle(el);

    expect(swatchFill(el, 'Russia')).to.equal(CHOSEN);
    expect(symbolFill(el, 'sochi')).to.equal(CHOSEN);
    expect(symbolFill(el, 'astana')).to.equal(CHOSEN);
    expect(symbolFill(el, 'ankara')).to.equal(turkeyBefore);
  });

  it('is read where the marks are drawn, so it can be set on the plot part alone', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <style>
        conflict-timeline::part(plot) {
          --ct-lane-1-color: ${CHOSEN};
        }
      </style>
    </div>`);
    const el = await timelineFixture(EVENTS);
    page.append(el.parentElement!);
    await settle(el);

    expect(symbolFill(el, 'ankara')).to.equal(CHOSEN);
    expect(symbolFill(el, 'sochi')).not.to.equal(CHOSEN);
  });

  for (const oldName of ['--ct-lane-1-colour', '--ct-lane-1']) {
    it(`still takes the old ${oldName} for this release, and the documented name wins over it`, async () => {
      const el = await timelineFixture(EVENTS);
      el.style.setProperty(oldName, OLD_NAME_CHOSEN);
      await settle(el);
      expect(symbolFill(el, 'ankara')).to.equal(OLD_NAME_CHOSEN);

      el.style.setProperty('--ct-lane-1-color', CHOSEN);
      await settle(el);
      expect(symbolFill(el, 'ankara')).to.equal(CHOSEN);
    });
  }

  it('is taken from :root, as a site-wide theme sets it', async () => {
    document.documentElement.style.setProperty('--ct-lane-0-color', CHOSEN);
    try {
      const el = await timelineFixture(EVENTS);
      expect(swatchFill(el, 'Russia')).to.equal(CHOSEN);
      expect(symbolFill(el, 'sochi')).to.equal(CHOSEN);
    } finally {
      document.documentElement.style.removeProperty('--ct-lane-0-color');
    }
  });
});
