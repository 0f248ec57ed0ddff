/**
 * conflict-timeline: importing this module defines `<conflict-timeline>`; conflict-timeline/element
 * gives the same exports without defining it.
 */
import { ConflictTimeline } from './element/conflict-timeline.js';

// Guarded so that the package and the standalone bundle can meet on one page, and importing twice is harmless.
// The tag is written out, not taken from TAG_NAME, so the custom-elements manifest records the definition
// under the tag's own name.
if (!customElements.get('conflict-timeline')) customElements.define('conflict-timeline', ConflictTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'conflict-timeline': ConflictTimeline;
  }
}

export * from './element.js';
