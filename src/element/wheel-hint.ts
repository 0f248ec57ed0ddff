import { html, type TemplateResult } from 'lit';
import type { UiStrings } from './ui-strings.js';

/**
 * The "Ctrl + scroll to zoom" overlay over the bottom of the plot. Hidden from
 * screen readers: it answers a pointer gesture, it would be said on every wheel
 * turn, and the plot's description already says how to zoom from the keyboard.
 */
export function wheelHint(shown: boolean, strings: UiStrings, lang: string): TemplateResult {
  return html`<div class="wheel-hint-anchor">
    <div class="wheel-hint ${shown ? 'shown' : ''}" part="wheel-hint" aria-hidden="true" lang=${lang}>
      ${isApplePlatform() ? strings.wheelHintApple : strings.wheelHint}
    </div>
  </div>`;
}

/** Apple keyboards zoom with ⌘, not Ctrl. */
function isApplePlatform(): boolean {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  return /mac|iphone|ipad|ipod/i.test(nav.userAgentData?.platform || nav.platform || '');
}
