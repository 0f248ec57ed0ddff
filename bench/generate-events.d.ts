/** Types for generate-events.js, which stays plain JS so that node and the demo page load it as is. */
export interface GeneratedRecord {
  id: string;
  start: string;
  end?: string;
  title: string;
  actors: [string];
}
export const ACTORS: readonly string[];
export function seededRandom(seed: number): () => number;
/** `titles: 'short'`: the place alone as the title, everything else as with the default 'realistic'. */
export function generateEvents(count: number, seed?: number, options?: { titles?: 'realistic' | 'short' }): GeneratedRecord[];
export function toVisData(records: readonly GeneratedRecord[]): {
  items: Array<{ id: string; content: string; start: string; end?: string; type: 'range' | 'box'; group: string }>;
  groups: Array<{ id: string; content: string }>;
};
