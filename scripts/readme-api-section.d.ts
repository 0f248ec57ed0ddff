/** Types for readme-api-section.js, which stays plain JS so that node and the browser tests load it as is. */
export const API_START: string;
export const API_END: string;
/** The markdown of the API section for the element in a custom-elements manifest (its parsed JSON). */
export function apiSection(manifest: unknown): string;
/** What stands between the README's API markers now. */
export function readmeApiSection(readme: string): string;
/** The README with `section` between its API markers. */
export function withApiSection(readme: string, section: string): string;
