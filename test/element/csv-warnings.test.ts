import { expect, oneEvent } from '@open-wc/testing';
import type { DiagnosticsDetail } from '../../src/element/timeline-events.js';
import { timelineFixture } from '../support/timeline-fixture.js';

describe('<conflict-timeline> a CSV whose quoting is broken', () => {
  it('reports the line where a quote is never closed, in ct-diagnostics', async () => {
    const el = await timelineFixture();
    const csv = ['start,title', '2019-02-11,"Shoigu and Akar meet', '2019-02-14,Sochi summit', '2019-02-15,Another'].join('\n');
    const loaded = oneEvent(el, 'ct-diagnostics');
    el.src = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const detail: DiagnosticsDetail = (await loaded).detail;
    await el.renderComplete;
    const reasons = detail.warnings.map((w) => w.reason).join('\n');
    expect(reasons).to.match(/line 2/);
    expect(reasons).to.contain('never closed');
  });
});
