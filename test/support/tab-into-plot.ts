import { sendKeys } from '@web/test-runner-commands';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { settle } from './timeline-fixture.js';

/** More Tab presses than any toolbar needs to reach the plot: past this, the plot is not in the tab order. */
const MAX_TABS = 30;

/**
 * Puts focus on a button just before the timeline, then presses Tab, as a reader would, until focus
 * is in the plot; fails when it never gets there. How many stops come before the plot is the
 * toolbar's business, not this helper's.
 */
export async function tabIntoPlot(el: ConflictTimeline): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.parentElement!.before(before);
  before.focus();
  try {
    const inPlot = () => !!el.shadowRoot!.activeElement?.closest('.plot');
    for (let presses = 0; !inPlot(); presses++) {
      if (presses === MAX_TABS) throw new Error(`focus did not reach the plot in ${MAX_TABS} Tab presses`);
      await sendKeys({ press: 'Tab' });
    }
    await settle(el);
  } finally {
    before.remove();
  }
}
