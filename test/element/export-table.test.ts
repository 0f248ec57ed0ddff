// A real-shaped export given by `src`: its known rows are in the table, with their dates in words.
import { expect } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import type { DiagnosticsDetail } from '../../src/element/timeline-events.js';
import { settle, timelineFixture } from '../support/timeline-fixture.js';

const FIXTURES = '/test/data/fixtures';

async function loadSrc(el: ConflictTimeline, src: string): Promise<DiagnosticsDetail> {
  const diagnostics = new Promise<DiagnosticsDetail>((resolve) =>
    el.addEventListener('ct-diagnostics', (event) => resolve((event as CustomEvent<DiagnosticsDetail>).detail), { once: true }),
  );
  el.setAttribute('src', src);
  const detail = await diagnostics;
  await settle(el);
  return detail;
}

function tableRows(el: ConflictTimeline): string[] {
  return [...el.shadowRoot!.querySelectorAll('tbody tr')].map((row) => (row.textContent ?? '').replace(/\s+/g, ' ').trim());
}

describe('an ACLED export re-saved day first, given by src, in the table', () => {
  it('shows its four readable rows with their days, week and month in words', async () => {
    const el = await timelineFixture();
    const detail = await loadSrc(el, `${FIXTURES}/acled-day-first.csv`);
    expect([detail.accepted, detail.rejected.length]).to.deep.equal([4, 1]);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="table-toggle"]')!.click();
    await settle(el);
    const rows = tableRows(el);
    expect(rows).to.have.length(4);
    const rowOf = (title: string) => rows.find((row) => row.includes(title));
    expect(rowOf('Alderwick: Armed clash')).to.contain('9 May 2020');
    expect(rowOf('Strelsau: Violent demonstration')).to.contain('10 May 2020');
    expect(rowOf('Fenby: Shelling/artillery/missile attack')).to.contain('the week of 25 May 2020');
    expect(rowOf('Strelsau: Peaceful protest')).to.contain('June 2020');
  });
});
