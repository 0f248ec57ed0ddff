// What the markup may pass, checked against the same types (a wrong value must not compile).
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'conflict-timeline/types/svelte';

type Props = SvelteHTMLElements['conflict-timeline'];
export const linear: Props = { gaps: 'linear', 'onct-select': (e) => e.detail?.title };
// @ts-expect-error gaps is 'collapse' or 'linear'
export const sideways: Props = { gaps: 'sideways' };
// @ts-expect-error a view change's detail has no title
export const untitled: Props = { 'onct-view-change': (e) => e.detail.title };
