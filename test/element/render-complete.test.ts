import { expect, oneEvent } from '@open-wc/testing';
import type { DiagnosticsDetail } from '../../src/element/timeline-events.js';
import { timelineFixture } from '../support/timeline-fixture.js';
import { drawnEventIds, notice } from './data-support.js';

const FIXTURES = '/test/data/fixtures';

/**
 * Macrotask turns, by zero timeouts: the sliced validation takes one between slices, so after one turn
 * a large load has read its first slice and waits to read the next. The count of turns is the point.
 */
async function turns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
}

describe('<conflict-timeline> renderComplete and the latest load', () => {
  it('resolves only once data loaded from src is drawn', async () => {
    const el = await timelineFixture();
    el.src = `/__slow?ms=300&file=${FIXTURES}/events.json`;
    await el.renderComplete;
    expect(drawnEventIds(el)).to.have.members(['a', 'b']);
  });

  it('resolves only once a language pack has loaded and the plot speaks it', async () => {
    const el = await timelineFixture();
    el.events = [{ id: 'x', start: '2018-09-17', title: 'Sochi memorandum' }];
    el.locale = 'tr';
    await el.renderComplete;
    expect(el.shadowRoot!.querySelector('g.mark[data-key="x"]')!.getAttribute('aria-label')).to.contain('17 Eylül 2018');
  });

  it('is one promise while work is pending, and a fresh one after', async () => {
    const el = await timelineFixture();
    el.src = `/__slow?ms=200&file=${FIXTURES}/events.json`;
    const first = el.renderComplete;
    expect(el.renderComplete).to.equal(first);
    await first;
    el.zoomIn();
    expect(el.renderComplete).to.not.equal(first);
    await el.renderComplete;
  });

  it('stops validating a large load that a newer load replaced', async () => {
    const el = await timelineFixture();
    let reads = 0;
    const large = (onRead: () => void) =>
      Array.from({ length: 30_000 }, (_, i) => ({
        id: `old${i}`,
        start: '2011-03-15',
        get title() {
          onRead();
          return `Old ${i}`;
        },
      }));
    // A control timeline reads the same large load from the same turn on. Slices take turns, the
    // replaced load's first, so once the control has its data the replaced load would have read
    // every record too, had it gone on.
    const control = await timelineFixture();
    const controlLoaded = oneEvent(control, 'ct-diagnostics');
    const seen: DiagnosticsDetail[] = [];
    el.addEventListener('ct-diagnostics', (e) => seen.push(e.detail));
    el.events = large(() => (reads += 1));
    control.events = large(() => undefined);
    await turns(1);
    const readBeforeReplacing = reads;
    expect(readBeforeReplacing, 'the large load had started').to.be.greaterThan(0);
    el.events = [{ id: 'new', start: '2019-02-14', title: 'Sochi summit' }];
    await el.renderComplete;
    expect((await controlLoaded).detail.accepted, 'the control read the whole load').to.equal(30_000);
    // One slice may be under way when the newer load arrives; none starts after it.
    expect(reads - readBeforeReplacing).to.be.at.most(5_000);
    expect(seen.map((d) => d.accepted)).to.deep.equal([1]);
    expect(drawnEventIds(el)).to.deep.equal(['new']);
  });

  it('speaks the notices in the element\'s language, and marks the server\'s and validator\'s English as English', async () => {
    const el = await timelineFixture(undefined, { locale: 'tr' });
    el.events = [{ id: 'ok', start: '2019-02-14', title: 'Sochi summit' }, { start: 'last fall', title: 'No date' }];
    await el.renderComplete;
    const rejected = notice(el)!;
    expect(rejected.getAttribute('lang')).to.equal('tr');
    expect(rejected.querySelector('li')!.getAttribute('lang')).to.equal('en');

    el.events = undefined;
    el.src = `/__slow?ms=400&file=${FIXTURES}/no-such-file.json`;
    await el.updateComplete;
    expect(notice(el)!.getAttribute('lang'), 'loading').to.equal('tr');
    await el.renderComplete;
    const failed = notice(el)!;
    expect(failed.getAttribute('role')).to.equal('alert');
    expect(failed.getAttribute('lang')).to.equal('tr');
    expect(failed.querySelector('[lang="en"]')!.textContent).to.contain('404');
  });
});
