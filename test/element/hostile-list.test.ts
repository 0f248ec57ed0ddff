import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { primaryMarks, settle } from '../support/timeline-fixture.js';

declare global {
  interface Window {
    __ctListTouches?: number;
  }
}

/** Resolves once the image has failed and its own handler (added first, by the markup) has run. */
function imageFailed(image: HTMLImageElement): Promise<unknown> {
  return new Promise((resolve) => image.addEventListener('error', resolve, { once: true }));
}

describe('<conflict-timeline> reading a hostile light-DOM list', () => {
  it('does not loop when an image handler in the list touches the list', async () => {
    // Each time any copy of this image fails, the handler changes the list, which the element watches.
    const touch =
      "window.__ctListTouches = (window.__ctListTouches ?? 0) + 1; document.getElementById('ct-touched').dataset.touches = window.__ctListTouches";
    const el = await fixture<ConflictTimeline>(html`
      <conflict-timeline>
        <ol>
          <li id="ct-touched" data-id="a">
            <time datetime="2019-02-11">11 February</time> A
            <img src="/test/data/fixtures/no-such-image.png?hostile-list" onerror=${touch} />
          </li>
          <li data-id="b"><time datetime="2019-03-01">1 March</time> B</li>
        </ol>
      </conflict-timeline>
    `);
    await imageFailed(el.querySelector('img')!);
    await settle(el);
    // An image that starts now fails after any a re-read could have started; by then a loop would show.
    const control = document.createElement('img');
    control.src = '/test/data/fixtures/no-such-image.png?hostile-list-control';
    await imageFailed(control);
    await settle(el);
    expect(window.__ctListTouches).to.equal(1);
    expect(primaryMarks(el).map((mark) => mark.getAttribute('data-event'))).to.have.members(['a', 'b']);
  });
});
