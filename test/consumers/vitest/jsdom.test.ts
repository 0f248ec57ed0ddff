// @vitest-environment jsdom
// An app's unit test in a DOM without layout (jsdom, the default of Vitest and Jest set-ups): importing
// the package and creating the element raise nothing, and without layout the list is still there.
import { expect, test } from 'vitest';
import 'conflict-timeline';
import type { ConflictTimeline } from 'conflict-timeline';

test('jsdom: creates <conflict-timeline> from its light-DOM list', async () => {
  document.body.innerHTML = `<conflict-timeline label="jsdom"><ol><li data-id="sochi"><time datetime="2018-09-17">17 Sep</time> Sochi memorandum</li></ol></conflict-timeline>`;
  const el = document.querySelector('conflict-timeline') as ConflictTimeline;
  expect(customElements.get('conflict-timeline')).toBe(el.constructor);
  await el.updateComplete;
  expect(el.shadowRoot).not.toBeNull();
  expect(el.querySelector('li')?.textContent).toContain('Sochi memorandum');
});
