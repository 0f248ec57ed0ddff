/**
 * The research demo's claim: 50,000 ACLED-shaped rows read through `src`, and two steps (a word in the
 * search box, an actor in the list) to the Idlib events of one party. The expected rows are counted here
 * from the generator's rows, apart from the element; the element must show exactly those.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import type { DiagnosticsDetail, FilterChangeDetail } from '../../src/element/timeline-events.js';
import { ACLED_COLUMNS, BUSY_ACTORS, generateAcledCsv, generateAcledRows, NA, RESEARCH_ROWS, RESEARCH_SEED, type AcledShapedRow } from '../../demo/research-data.js';
import type { TimelineEvent } from '../../src/model/timeline-event.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';
import { axeViolations } from '../support/axe.js';

const HEIGHT_PX = 640;
const PLACE = 'Idlib';
const ACTOR = 'Military Forces of Turkey (2016-)';

/** A timeline `HEIGHT_PX` high that has read `count` generated rows from a Blob URL, drawn. */
async function researchTimeline(count: number): Promise<{ el: ConflictTimeline; diagnostics: DiagnosticsDetail }> {
  const el = await timelineFixture(undefined, { width: 1100, attributes: { lanes: 'actor', style: `height:${HEIGHT_PX}px` } });
  const url = URL.createObjectURL(new Blob([generateAcledCsv(count, RESEARCH_SEED)], { type: 'text/csv' }));
  const read = oneEvent(el, 'ct-diagnostics') as Promise<CustomEvent<DiagnosticsDetail>>;
  el.src = url;
  const { detail } = await read;
  await settle(el);
  URL.revokeObjectURL(url);
  return { el, diagnostics: detail };
}

/** Search finds a word in any of a row's columns; id, date and precision never hold a place name. */
function mentions(row: AcledShapedRow, word: string): boolean {
  const wanted = word.toLowerCase();
  return ACLED_COLUMNS.some((column) => row[column]!.toLowerCase().includes(wanted));
}

function involves(row: AcledShapedRow, actor: string): boolean {
  return row['actor1'] === actor || row['actor2'] === actor;
}

function shadow(el: ConflictTimeline): ShadowRoot {
  return el.shadowRoot!;
}

async function changeFilter(el: ConflictTimeline, act: () => void): Promise<FilterChangeDetail> {
  const changed = oneEvent(el, 'ct-filter-change') as Promise<CustomEvent<FilterChangeDetail>>;
  act();
  const { detail } = await changed;
  await settle(el);
  return detail;
}

/** The table's rows, all of them: "Show more" pressed until every row is drawn. */
async function allTableRows(el: ConflictTimeline): Promise<HTMLTableRowElement[]> {
  for (;;) {
    const more = shadow(el).querySelector<HTMLButtonElement>('[part~="table"] .more button');
    if (!more) break;
    more.click();
    await el.updateComplete;
  }
  return [...shadow(el).querySelectorAll<HTMLTableRowElement>('[part~="table"] tbody tr')];
}

describe('research demo', () => {
  it('generates the same ACLED-shaped rows for a seed: every column, busy actors, a long tail, NA cells', () => {
    const rows = generateAcledRows(5_000, 11);
    expect(generateAcledRows(5_000, 11)).to.deep.equal(rows);
    expect(generateAcledRows(5_000, 12)).to.not.deep.equal(rows);
    expect(ACLED_COLUMNS).to.have.length(31);
    for (const row of rows) expect(Object.keys(row)).to.have.members([...ACLED_COLUMNS]);

    const counts = new Map<string, number>();
    for (const row of rows) for (const actor of [row['actor1']!, row['actor2']!]) if (actor !== NA) counts.set(actor, (counts.get(actor) ?? 0) + 1);
    const byCount = [...counts].sort((a, b) => b[1] - a[1]);
    expect(byCount.length, 'actors').to.be.greaterThan(200);
    // The busiest eight are the named parties, and they hold most of the rows.
    expect(BUSY_ACTORS).to.include.members(byCount.slice(0, 6).map(([name]) => name));
    expect(byCount.filter(([, n]) => n <= 3).length, 'actors with three rows or fewer').to.be.greaterThan(100);
    expect(rows.some((row) => row['actor2'] === NA)).to.equal(true);
    expect(new Set(rows.map((row) => row['time_precision']))).to.have.keys('1', '2', '3');
    expect(new Set(rows.map((row) => row['admin1']))).to.include.keys('Idlib', 'Aleppo', 'Hama', 'Ar-Raqqa', 'Deir-ez-Zor', 'Damascus');
    expect(rows.every((row) => /^(On|Around|In) \d{0,2} ?[A-Z][a-z]+ \d{4}, /.test(row['notes']!))).to.equal(true);
  });

  it(`finds the ${PLACE} events of one actor among 50,000 rows in two steps`, async () => {
    const rows = generateAcledRows(RESEARCH_ROWS, RESEARCH_SEED);
    const { el, diagnostics } = await researchTimeline(RESEARCH_ROWS);
    expect(diagnostics.accepted).to.equal(RESEARCH_ROWS);
    expect(diagnostics.rejected).to.deep.equal([]);
    // The filters are open from the start for data this size.
    const search = shadow(el).querySelector<HTMLInputElement>('[part~="filters"] input[part~="search"]')!;
    const actors = shadow(el).querySelector<HTMLSelectElement>('[part~="filters"] select[part~="filter-actor"]')!;
    expect(search, 'search box').to.not.equal(null);

    // Step 1: the place, in the search box.
    const inPlace = rows.filter((row) => mentions(row, PLACE));
    const first = await changeFilter(el, () => {
      search.value = PLACE;
      search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: PLACE }));
    });
    expect(first).to.deep.equal({ filter: { text: PLACE }, shown: inPlace.length, total: RESEARCH_ROWS });
    // Not only the region column: notes about other places name it too.
    expect(inPlace.some((row) => row['admin1'] !== PLACE)).to.equal(true);

    // Step 2: the actor, from the list.
    const expected = inPlace.filter((row) => involves(row, ACTOR));
    expect([...actors.options].map((option) => option.value)).to.include(ACTOR);
    const second = await changeFilter(el, () => {
      actors.value = ACTOR;
      actors.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(second).to.deep.equal({ filter: { text: PLACE, actors: [ACTOR] }, shown: expected.length, total: RESEARCH_ROWS });
    expect(expected.length).to.be.within(1, RESEARCH_ROWS / 10);
    expect(shadow(el).querySelector('[part~="filter-count"]')!.textContent).to.contain(expected.length.toLocaleString('en'));

    // The table holds exactly those rows, each naming the actor.
    shadow(el).querySelector<HTMLButtonElement>('[part~="table-toggle"]')!.click();
    await settle(el);
    const tableRows = await allTableRows(el);
    const ids = tableRows.map((tr) => tr.querySelector<HTMLButtonElement>('button.row-title')!.dataset['id']);
    expect(ids).to.have.length(expected.length);
    expect(new Set(ids)).to.deep.equal(new Set(expected.map((row) => row['event_id_cnty'])));
    for (const tr of tableRows) expect(tr.cells[2]!.textContent).to.contain(ACTOR);

    // And the event behind a row, as the element gives it out, names the place and the actor.
    const oldest = expected[expected.length - 1]!;
    const selected = oneEvent(el, 'ct-select') as Promise<CustomEvent<TimelineEvent | null>>;
    el.select(oldest['event_id_cnty']!);
    const { detail } = await selected;
    expect(detail!.actors).to.include(ACTOR);
    const text = [detail!.title, detail!.description, ...detail!.sources.map((s) => s.name), ...(detail!.fields?.values() ?? [])].join(' ');
    expect(text).to.contain(PLACE);
  });

  it('keeps the height it is given: the plot scrolls inside once "Other" opens into a lane per actor', async () => {
    const { el } = await researchTimeline(5_000);
    // The height given is the element's whole box, border included.
    expect(el.getBoundingClientRect().height).to.equal(HEIGHT_PX);
    const closed = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="lane-toggle"][aria-expanded="false"]')];
    expect(closed, 'closed lanes').to.have.length(1);
    const other = closed[0]!;
    expect(other.getAttribute('aria-label')).to.match(/^Other \(\d+\)/);
    const lanesBefore = shadow(el).querySelectorAll('[part~="lane-toggle"]').length;

    other.click();
    await settle(el);
    const lanesAfter = shadow(el).querySelectorAll('[part~="lane-toggle"]').length;
    expect(lanesAfter, 'lanes once Other is open').to.be.greaterThan(lanesBefore + 50);
    expect(el.getBoundingClientRect().height).to.equal(HEIGHT_PX);
    const frame = shadow(el).querySelector<HTMLElement>('.plot-frame')!;
    expect(frame.scrollHeight).to.be.greaterThan(frame.clientHeight);
    expect(frame.getBoundingClientRect().bottom).to.be.at.most(el.getBoundingClientRect().bottom);
  });

  it('runs as a page from the built bundle: reads the rows, reports them, switches lanes, has no axe violations', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:1100px;height:900px;border:0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/demo/research.html?n=3000';
    document.body.append(frame);
    await loaded;
    const w = frame.contentWindow!;
    const doc = w.document;
    // The page marks its body once the rows are read and drawn.
    await new Promise<void>((resolve) => {
      if (doc.body.dataset['loaded']) return resolve();
      new MutationObserver((_, observer) => {
        if (!doc.body.dataset['loaded']) return;
        observer.disconnect();
        resolve();
      }).observe(doc.body, { attributes: true });
    });
    const timeline = doc.getElementById('research-timeline') as ConflictTimeline;
    expect(doc.getElementById('stat-rows')!.textContent).to.equal('3,000 read');
    expect(timeline.shadowRoot!.querySelector('svg.plot-svg g.mark, svg.plot-svg g.cluster')).to.not.equal(null);

    const lanes = doc.getElementById('lanes-choice') as HTMLSelectElement;
    lanes.value = 'admin1';
    lanes.dispatchEvent(new Event('change'));
    expect(timeline.getAttribute('lanes')).to.equal('admin1');
    await timeline.renderComplete;
    const laneNames = [...timeline.shadowRoot!.querySelectorAll('[part~="lane-toggle"]')].map((b) => b.getAttribute('aria-label'));
    expect(laneNames.some((name) => name?.startsWith('Idlib:'))).to.equal(true);

    expect(await axeViolations(doc, w)).to.deep.equal([]);
    frame.remove();
  });
});
