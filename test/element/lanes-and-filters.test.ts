import { expect, oneEvent } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { plotSvg, settle, timelineFixture } from '../support/timeline-fixture.js';

const ACTORS = 221;
const RECORDS = 500;

/**
 * 500 records over two years with 221 actors, as an ACLED export for one country gives them: a few
 * busy actors and a long tail; every fifth record has a second actor, some written `NA` as R writes
 * a missing value, and a region field to make lanes of.
 */
function exportLike(): Record<string, unknown>[] {
  const regions = ['Idlib', 'Aleppo', 'Hama', 'Latakia'];
  return Array.from({ length: RECORDS }, (_, i) => {
    // The first actors take most rows; the rest appear once or twice each.
    const actor = i < 279 ? `Actor ${i % 20}` : `Actor ${20 + ((i - 279) % (ACTORS - 20))}`;
    const second = i % 5 === 0 ? (i % 10 === 0 ? 'NA' : `Actor ${(i * 7) % 20}`) : undefined;
    const day = new Date(Date.UTC(2019, 0, 1) + (i * 730 * 86_400_000) / RECORDS).toISOString().slice(0, 10);
    return {
      id: `r${i}`,
      start: day,
      title: `Event ${i} in ${regions[i % 4]}`,
      actors: second === undefined ? [actor] : [actor, second],
      category: i % 3 === 0 ? 'Battles' : 'Protests',
      fields: { admin1: regions[i % 4], admin2: i % 50 === 0 ? 'N/A' : `District ${i % 9}` },
    };
  });
}

const shadow = (el: ConflictTimeline) => el.shadowRoot!;
const laneLabels = (el: ConflictTimeline) => [...shadow(el).querySelectorAll('[part~="lane-label"]')].map((t) => t.textContent!.trim());
const toggles = (el: ConflictTimeline) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="lane-toggle"]')];
const frame = (el: ConflictTimeline) => shadow(el).querySelector<HTMLElement>('.plot-frame')!;

/** The toggle over the gathered lane ("Other (n)"). */
const gatheredToggle = (el: ConflictTimeline) => toggles(el).find((b) => b.getAttribute('aria-label')!.startsWith('Other ('))!;

describe('<conflict-timeline> lanes that scale', () => {
  it('draws the busiest actors and gathers the rest in one lane that says how many it holds', async () => {
    const el = await timelineFixture(exportLike());
    const labels = laneLabels(el);
    expect(labels).to.have.length(8);
    // 221 actors: 6 own lanes, "Other", and the lane of records whose only other actor was NA… no: NA is no actor.
    expect(labels).to.not.include('NA');
    const other = labels.find((label) => label.startsWith('Other ('))!;
    expect(other).to.equal(`Other (${ACTORS - 7})`);
    expect(toggles(el).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal([...Array(7).fill('true'), 'false']);
  });

  it('stays inside a height given to it, and scrolls inside once the gathered lane is opened into 221', async () => {
    const el = await timelineFixture(exportLike(), { attributes: { style: 'height: 600px' } });
    const host = el.getBoundingClientRect();
    expect(host.height).to.equal(600);
    const legend = shadow(el).querySelector('[part~="legend"]')!.getBoundingClientRect();
    expect(legend.bottom).to.be.at.most(host.bottom + 0.5);
    const fitting = laneLabels(el).length;
    gatheredToggle(el).click();
    await settle(el);
    expect(laneLabels(el)).to.have.length(ACTORS);
    expect(el.getBoundingClientRect().height).to.equal(600);
    expect(frame(el).getBoundingClientRect().bottom).to.be.at.most(host.bottom + 0.5);
    expect(frame(el).scrollHeight).to.be.greaterThan(frame(el).clientHeight);
    // The lanes scroll, the toggles with them: the last lane's toggle is reached by scrolling the frame.
    const last = toggles(el).at(-1)!;
    frame(el).scrollTop = frame(el).scrollHeight;
    const lastBox = last.getBoundingClientRect();
    const frameBox = frame(el).getBoundingClientRect();
    expect(lastBox.top).to.be.within(frameBox.top, frameBox.bottom);
    // And they gather again.
    shadow(el).querySelector<HTMLButtonElement>('[part~="gather-lanes"]')!.click();
    await settle(el);
    expect(laneLabels(el)).to.have.length(fitting);
  });

  it('keeps an element with no height given within three quarters of the window when every lane is open', async () => {
    const el = await timelineFixture(exportLike());
    expect(el.getBoundingClientRect().height).to.be.below(1000);
    gatheredToggle(el).click();
    await settle(el);
    expect(frame(el).getBoundingClientRect().height).to.be.at.most(window.innerHeight * 0.75 + 1);
  });

  it('folds a lane to a strip of density columns without labels, and unfolds it', async () => {
    const el = await timelineFixture(exportLike(), { attributes: { 'view-start': '2019-01', 'view-end': '2019-03' } });
    const first = toggles(el)[0]!;
    const lane = first.dataset['lane']!;
    // D3 keeps each node's layout on it as __data__: the lane it is drawn in.
    const laneOf = (g: Element) => (g as Element & { __data__: { laneKey: string } }).__data__.laneKey;
    const labelledIn = () =>
      [...shadow(el).querySelectorAll<SVGGElement>('.plot-svg g.mark')].filter((g) => laneOf(g) === lane && g.querySelector('text')?.textContent);
    const marksBefore = [...shadow(el).querySelectorAll('g.mark')].length;
    first.click();
    await settle(el);
    expect(toggles(el)[0]!.getAttribute('aria-expanded')).to.equal('false');
    expect([...shadow(el).querySelectorAll<SVGGElement>('.plot-svg g.cluster')].some((g) => laneOf(g) === lane)).to.equal(true);
    expect([...shadow(el).querySelectorAll<SVGGElement>('.plot-svg g.mark')].some((g) => laneOf(g) === lane)).to.equal(false);
    expect([...shadow(el).querySelectorAll('g.mark')].length).to.be.below(marksBefore);
    expect(labelledIn()).to.have.length(0);
    toggles(el)[0]!.click();
    await settle(el);
    expect(toggles(el)[0]!.getAttribute('aria-expanded')).to.equal('true');
    expect([...shadow(el).querySelectorAll('g.mark')].length).to.equal(marksBefore);
  });

  it('makes lanes of a category, of any field, or none, and leaves NA values out of a field’s lanes', async () => {
    const el = await timelineFixture(exportLike(), { attributes: { lanes: 'category' } });
    expect(laneLabels(el)).to.have.members(['Battles', 'Protests']);
    el.lanes = 'admin1';
    await settle(el);
    expect(laneLabels(el)).to.have.members(['Idlib', 'Aleppo', 'Hama', 'Latakia']);
    el.lanes = 'admin2';
    await settle(el);
    expect(laneLabels(el)).to.not.include('N/A');
    expect(laneLabels(el)).to.include('Unknown');
    el.lanes = 'none';
    await settle(el);
    expect(laneLabels(el).filter((label) => label !== '')).to.deep.equal([]);
  });
});

describe('<conflict-timeline> search and filters', () => {
  const search = (el: ConflictTimeline) => shadow(el).querySelector<HTMLInputElement>('[part~="search"]')!;
  const actorChoice = (el: ConflictTimeline) => shadow(el).querySelector<HTMLSelectElement>('[part~="filter-actor"]')!;
  const tableTitles = async (el: ConflictTimeline) => {
    shadow(el).querySelector<HTMLButtonElement>('[part~="table-toggle"]')!.click();
    await settle(el);
    while (shadow(el).querySelector<HTMLButtonElement>('button.more')) {
      shadow(el).querySelector<HTMLButtonElement>('button.more')!.click();
      await settle(el);
    }
    return [...shadow(el).querySelectorAll('tbody button.row-title')].map((b) => b.textContent!.trim());
  };

  it('opens for data a reader would search, with every control named', async () => {
    const el = await timelineFixture(exportLike());
    const bar = shadow(el).querySelector('[part~="filters"]')!;
    expect(bar.getAttribute('role')).to.equal('search');
    expect(bar.getAttribute('aria-label')).to.equal('Filter events');
    expect(search(el).getAttribute('aria-label')).to.equal('Search events');
    expect(actorChoice(el).getAttribute('aria-label')).to.equal('Actors');
    expect(shadow(el).querySelector('[part~="filter-category"]')!.getAttribute('aria-label')).to.equal('Kind');
    // The busiest actor first, with its count; NA is not an actor to choose.
    expect(actorChoice(el).options[1]!.textContent).to.match(/^Actor \d+ \(\d+\)$/);
    expect([...actorChoice(el).options].some((o) => o.value === 'NA')).to.equal(false);
  });

  it('finds one region’s events of one actor in two steps, in the plot, the table and ct-filter-change', async () => {
    const records = exportLike();
    const el = await timelineFixture(records);
    let changed = oneEvent(el, 'ct-filter-change');
    search(el).value = 'Idlib';
    search(el).dispatchEvent(new InputEvent('input', { bubbles: true }));
    let { detail } = await changed;
    const inIdlib = records.filter((r) => (r['fields'] as Record<string, string>)['admin1'] === 'Idlib');
    expect(detail).to.deep.equal({ filter: { text: 'Idlib' }, shown: inIdlib.length, total: RECORDS });

    changed = oneEvent(el, 'ct-filter-change');
    actorChoice(el).value = 'Actor 4';
    actorChoice(el).dispatchEvent(new Event('change', { bubbles: true }));
    ({ detail } = await changed);
    const expected = inIdlib.filter((r) => (r['actors'] as string[]).includes('Actor 4'));
    expect(expected.length).to.be.greaterThan(0);
    expect(detail).to.deep.equal({ filter: { text: 'Idlib', actors: ['Actor 4'] }, shown: expected.length, total: RECORDS });
    await settle(el);
    expect(shadow(el).querySelector('[part~="filter-count"]')!.textContent).to.equal(`${expected.length} of 500 events`);
    el.zoomTo('2018-12', '2021-02');
    await settle(el);
    expect(await tableTitles(el)).to.have.members(expected.map((r) => r['title'] as string));
  });

  it('takes a filter from code, shows it in the controls without firing ct-filter-change, and clears it', async () => {
    const el = await timelineFixture(exportLike());
    let fired = 0;
    el.addEventListener('ct-filter-change', () => fired++);
    el.filter = { text: ' Hama ', categories: ['Battles'] };
    await settle(el);
    expect(el.filter).to.deep.equal({ text: 'Hama', categories: ['Battles'] });
    expect(search(el).value).to.equal('Hama');
    expect(shadow(el).querySelector<HTMLSelectElement>('[part~="filter-category"]')!.value).to.equal('Battles');
    expect(fired).to.equal(0);
    const cleared = oneEvent(el, 'ct-filter-change');
    shadow(el).querySelector<HTMLButtonElement>('[part~="clear-filter"]')!.click();
    expect((await cleared).detail.shown).to.equal(RECORDS);
    expect(el.filter).to.deep.equal({});
  });

  it('says it is empty over a bare axis, with no invented dates, when nothing matches', async () => {
    const el = await timelineFixture(exportLike());
    el.filter = { text: 'no such place' };
    await settle(el);
    expect(shadow(el).querySelector('.empty')!.textContent).to.equal('No events to show.');
    expect(shadow(el).querySelector('.toolbar .range')!.textContent).to.equal('');
    expect(shadow(el).querySelector('[part~="axis"]')!.textContent).to.not.match(/\d{4}/);
    expect(shadow(el).querySelector('[part~="filter-count"]')!.textContent).to.equal('0 of 500 events');
  });

  it('keeps the article’s short timeline behind the toolbar’s Filter button', async () => {
    const el = await timelineFixture();
    el.events = [
      { start: '2018-09-17', title: 'Sochi memorandum', actors: ['Russia', 'Turkey'] },
      { start: '2019-02-14', title: 'Sochi summit', actors: ['Russia', 'Turkey', 'Iran'] },
    ];
    await settle(el);
    expect(shadow(el).querySelector('[part~="filters"]')).to.equal(null);
    const button = shadow(el).querySelector<HTMLButtonElement>('[part~="filter-toggle"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    search(el).value = 'summit';
    search(el).dispatchEvent(new InputEvent('input'));
    await settle(el);
    expect([...shadow(el).querySelectorAll('g.mark[data-event]')].map((g) => g.getAttribute('data-event'))).to.deep.equal(
      Array(3).fill(el.shadowRoot!.querySelector('g.mark')!.getAttribute('data-event')),
    );
  });
});

describe('<conflict-timeline> lanes scrolled inside', () => {
  it('keeps a copy of the axis in sight over the lanes while they scroll, and none before', async () => {
    const el = await timelineFixture(exportLike(), { attributes: { style: 'height: 500px' } });
    const pin = shadow(el).querySelector<SVGSVGElement>('svg.axis-pin')!;
    expect(getComputedStyle(pin).visibility).to.equal('hidden');
    shadow(el).querySelector<HTMLButtonElement>('[part~="lane-toggle"][aria-expanded="false"]')!.click();
    await settle(el);
    frame(el).scrollTop = 2000;
    await new Promise((resolve) => frame(el).addEventListener('scroll', resolve, { once: true }));
    expect(getComputedStyle(pin).visibility).to.equal('visible');
    const pinBox = pin.getBoundingClientRect();
    expect(pinBox.top).to.be.closeTo(frame(el).getBoundingClientRect().top, 1);
    const axisLabels = [...plotSvg(el).querySelectorAll('[part~="axis"] .tick text')].map((t) => t.textContent);
    const pinned = [...pin.querySelectorAll('.tick text')];
    expect(pinned.map((t) => t.textContent)).to.deep.equal(axisLabels);
    // The copy's labels are drawn inside the strip, where the reader sees them.
    for (const label of pinned) {
      const box = label.getBoundingClientRect();
      expect(box.top).to.be.at.least(pinBox.top - 0.5);
      expect(box.bottom).to.be.at.most(pinBox.bottom + 0.5);
    }
  });
});

describe('<conflict-timeline> typing over large data', () => {
  /** 5,000 records, every tenth in Idlib: enough that typed words wait for a pause. */
  const large = Array.from({ length: 5000 }, (_, i) => ({
    id: `e${i}`,
    start: new Date(Date.UTC(2019, 0, 1) + i * 3_600_000 * 5).toISOString().slice(0, 10),
    title: `${i % 10 === 0 ? 'Idlib' : 'Hama'}: event ${i}`,
    actors: [`Actor ${i % 7}`],
  }));

  it('filters once typing pauses, and a choice made meanwhile keeps the typed words', async () => {
    const el = await timelineFixture(large);
    const search = shadow(el).querySelector<HTMLInputElement>('[part~="search"]')!;
    const details: unknown[] = [];
    el.addEventListener('ct-filter-change', (e) => details.push(e.detail));
    for (const text of ['I', 'Id', 'Idl', 'Idlib']) {
      search.value = text;
      search.dispatchEvent(new InputEvent('input'));
    }
    await oneEvent(el, 'ct-filter-change');
    expect(details).to.deep.equal([{ filter: { text: 'Idlib' }, shown: 500, total: 5000 }]);

    search.value = 'Hama';
    search.dispatchEvent(new InputEvent('input'));
    const actor = shadow(el).querySelector<HTMLSelectElement>('[part~="filter-actor"]')!;
    actor.value = 'Actor 3';
    actor.dispatchEvent(new Event('change'));
    const { detail } = await oneEvent(el, 'ct-filter-change');
    const expected = large.filter((r, i) => r.title.startsWith('Hama') && i % 7 === 3).length;
    expect(detail).to.deep.equal({ filter: { text: 'Hama', actors: ['Actor 3'] }, shown: expected, total: 5000 });
    expect(search.value).to.equal('Hama');
  });
});

describe('<conflict-timeline> lanes chosen to fit a height', () => {
  const laneCount = (el: ConflictTimeline) => shadow(el).querySelectorAll('g.lane').length;

  it('draws as many lanes as fit a height given to the element, with Other, and no scrolling', async () => {
    const el = await timelineFixture(exportLike(), { attributes: { style: 'height: 520px' } });
    const lanes = laneCount(el);
    expect(lanes).to.be.within(2, 7);
    expect(laneLabels(el).some((label) => label.startsWith('Other ('))).to.equal(true);
    expect(frame(el).scrollHeight).to.be.at.most(frame(el).clientHeight);
    // A taller element holds more of them.
    el.style.height = '900px';
    await settle(el);
    await settle(el);
    expect(laneCount(el)).to.be.greaterThan(lanes);
    expect(frame(el).scrollHeight).to.be.at.most(frame(el).clientHeight);
  });

  it('keeps max-lanes when it is given, scrolling inside, and eight with no height given', async () => {
    const el = await timelineFixture(exportLike(), { attributes: { style: 'height: 520px', 'max-lanes': '12' } });
    expect(laneCount(el)).to.equal(12);
    expect(frame(el).scrollHeight).to.be.greaterThan(frame(el).clientHeight);
    const free = await timelineFixture(exportLike(), { container: { style: 'height: 300px' }, attributes: { style: 'height: 50%' } });
    expect(laneCount(free)).to.equal(8);
  });
});
