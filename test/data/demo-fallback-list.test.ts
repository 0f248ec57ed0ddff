import { expect } from '@open-wc/testing';
import { idlib2019 } from '../../src/data/datasets/idlib-2019.js';
import { readLightDomList } from '../../src/data/read-light-dom.js';
import type { TimelineEvent } from '../../src/model/timeline-event.js';
import { validateEvents } from '../../src/model/validate-events.js';

/** The demo page as served, parsed inertly: its scripts never run here. */
async function demoPage(): Promise<Document> {
  const response = await fetch('/demo/index.html');
  expect(response.ok).to.equal(true);
  return new DOMParser().parseFromString(await response.text(), 'text/html');
}

/** What a reader is shown of an event's place in time: which event, its title and the instants it covers. */
function placed(events: readonly TimelineEvent[]): { id: string; title: string; from: number; to: number }[] {
  return events.map(({ id, title, from, to }) => ({ id, title, from, to }));
}

describe("the demo page's text about the Idlib article", () => {
  it('shows, where scripts do not run, the same events at the same dates as the dataset', async () => {
    const timeline = (await demoPage()).getElementById('article-timeline')!;
    const fallback = validateEvents(readLightDomList(timeline).records);
    expect(fallback.rejected).to.deep.equal([]);
    expect(placed(fallback.events)).to.deep.equal(placed(validateEvents(idlib2019.events).events));
  });

  it('no longer reads "last fall" as autumn 2017, and gives Lavrov\'s remark its day', async () => {
    // The article's part of the page; the load panel's EDTF hint names "autumn 2017" as a format example.
    const text = (await demoPage()).querySelector('main > article')!.textContent!.replace(/\s+/g, ' ');
    expect(text).not.to.match(/autumn 2017/i);
    expect(text).to.contain('“last fall” is autumn 2018');
    expect(text).to.contain('14–15 September 2017');
    expect(text).to.contain('18 January 2019');
  });
});
