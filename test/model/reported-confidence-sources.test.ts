import { expect } from '@open-wc/testing';
import { validateEvents } from '../../src/model/validate-events.js';
import { reportLag } from '../../src/model/report-lag.js';
import type { EventSet, TimelineEvent } from '../../src/model/timeline-event.js';

const BASE = { start: '2018-09-17', title: 'A deal' } as const;

function one(record: object): { event: TimelineEvent; warnings: string[]; set: EventSet } {
  const set = validateEvents([record]);
  expect(set.events, JSON.stringify(set.rejected)).to.have.length(1);
  return { event: set.events[0]!, warnings: set.warnings.map((w) => w.reason), set };
}

describe('reported', () => {
  it('reads an EDTF/ISO date, a Date and epoch ms, and never moves the event', () => {
    const { event, warnings } = one({ ...BASE, reported: '2018-09-20' });
    expect(warnings).to.deep.equal([]);
    expect(event.reported?.precision).to.equal('day');
    expect(event.reported?.earliest).to.equal(Date.UTC(2018, 8, 20));
    expect(event.from).to.equal(Date.UTC(2018, 8, 17));
    expect(event.to).to.equal(Date.UTC(2018, 8, 18) - 1);
    expect(one({ ...BASE, reported: '2019-02~' }).event.reported?.approximate).to.equal(true);
    expect(one({ ...BASE, reported: new Date(Date.UTC(2018, 8, 20)) }).event.reported?.earliest).to.equal(Date.UTC(2018, 8, 20));
  });

  it('leaves out a bad date with a warning, never rejecting the record', () => {
    for (const bad of ['not a date', '2018-13-40', '2018/2019', { toString: () => '2018' }, [], Number.NaN, true]) {
      const { event, warnings, set } = one({ ...BASE, reported: bad });
      expect(set.rejected).to.deep.equal([]);
      expect(event.reported, String(bad)).to.equal(undefined);
      expect(warnings, String(bad)).to.have.length(1);
      expect(warnings[0]).to.match(/^record 0: reported .* left out$/);
    }
    expect(one({ ...BASE, reported: '  ' }).warnings).to.deep.equal([]);
    expect(one({ ...BASE, reported: null }).event.reported).to.equal(undefined);
  });

  it('is not a field of its own among the other columns', () => {
    expect(one({ ...BASE, reported: '2018-09-20', confidence: 'likely' }).event.fields).to.equal(undefined);
  });
});

describe('reportLag', () => {
  const at = (start: string, reported: string, end?: string) => {
    const { event } = one({ ...BASE, start, ...(end ? { end } : {}), reported });
    return reportLag(event, event.reported!);
  };
  it('counts days between days, months and years when either date is coarser', () => {
    expect(at('2018-09-17', '2018-09-20')).to.deep.equal({ kind: 'later', amount: 3, unit: 'day' });
    expect(at('2018-10-10', '2018-10-08')).to.deep.equal({ kind: 'earlier', amount: 2, unit: 'day' });
    expect(at('2018-09-17', '2018-09-17')).to.deep.equal({ kind: 'same', unit: 'day' });
    expect(at('2019-01-18', '2019-02')).to.deep.equal({ kind: 'later', amount: 1, unit: 'month' });
    expect(at('2017-23', '2019-02')).to.deep.equal({ kind: 'later', amount: 2, unit: 'year' });
    expect(at('2018-12-31', '2019-01-01')).to.deep.equal({ kind: 'later', amount: 1, unit: 'day' });
  });
  it('measures from a span’s end once it ended, and says "during" inside it', () => {
    expect(at('2017-09-14', '2017-09-20', '2017-09-15')).to.deep.equal({ kind: 'later', amount: 5, unit: 'day' });
    expect(at('2017-09-01', '2017-09-10', '2017-09-30')).to.deep.equal({ kind: 'during' });
    expect(at('2017-09-10', '2017-09-01', '2017-09-30')).to.deep.equal({ kind: 'earlier', amount: 9, unit: 'day' });
  });
});

describe('confidence', () => {
  it('reads the four levels in any case, and keeps an own word as given', () => {
    expect(one({ ...BASE, confidence: 'CONTESTED' }).event.confidence).to.equal('contested');
    expect(one({ ...BASE, confidence: ' Likely ' }).event.confidence).to.equal('likely');
    expect(one({ ...BASE, confidence: 'Discounted' }).event.confidence).to.equal('discounted');
    expect(one({ ...BASE, confidence: 'Confirmed' }).event.confidence).to.equal('confirmed');
    const own = one({ ...BASE, confidence: 'Hearsay' });
    expect(own.event.confidence).to.equal('Hearsay');
    expect(own.warnings).to.deep.equal([]);
  });

  it('keeps hostile text as text, cuts a paragraph, and warns about what is not text', () => {
    expect(one({ ...BASE, confidence: '<img src=x onerror=alert(1)>' }).event.confidence).to.equal('<img src=x onerror=alert(1)>');
    const long = one({ ...BASE, confidence: 'x'.repeat(10_000) });
    expect(long.event.confidence).to.have.length(80);
    expect(long.warnings).to.have.length(1);
    for (const bad of [42, {}, ['contested'], true]) {
      const { event, warnings, set } = one({ ...BASE, confidence: bad });
      expect(set.rejected).to.deep.equal([]);
      expect(event.confidence).to.equal(undefined);
      expect(warnings[0]).to.match(/^record 0: confidence .* is not text; left out$/);
    }
    expect(one({ ...BASE, confidence: '' }).event.confidence).to.equal(undefined);
  });
});

describe('sources: archived and accessed', () => {
  it('keeps an http(s) archive link and an access date', () => {
    const { event, warnings } = one({
      ...BASE,
      sources: [{ name: 'Paper', url: 'https://example.org/a', archived: 'https://web.archive.org/web/2019/https://example.org/a', accessed: '2019-03-12' }],
    });
    expect(warnings).to.deep.equal([]);
    const [source] = event.sources;
    expect(source?.archived).to.equal('https://web.archive.org/web/2019/https://example.org/a');
    expect(source?.accessed?.earliest).to.equal(Date.UTC(2019, 2, 12));
  });

  it('leaves out an unsafe or odd archive link and a bad access date with warnings, keeping the source', () => {
    for (const archived of ['javascript:alert(1)', 'java\tscript:alert(1)', 'mailto:a@example.org', '//evil.example/x', 'data:text/html,x', 42, {}]) {
      const { event, warnings, set } = one({ ...BASE, sources: [{ name: 'Paper', url: 'https://example.org/a', archived }] });
      expect(set.rejected).to.deep.equal([]);
      expect(event.sources, String(archived)).to.deep.equal([{ name: 'Paper', url: 'https://example.org/a' }]);
      expect(warnings, String(archived)).to.have.length(1);
      expect(warnings[0]).to.contain('archived');
    }
    const { event, warnings } = one({ ...BASE, sources: [{ name: 'Paper', accessed: 'yesterday' }] });
    expect(event.sources).to.deep.equal([{ name: 'Paper' }]);
    expect(warnings[0]).to.match(/^record 0: source accessed 'yesterday' is not a date .* left out$/);
  });
});
