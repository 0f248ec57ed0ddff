/** What a wheel turn over the plot does. */
export type WheelIntent = 'zoom' | 'pan' | 'scroll';

/** The parts of a WheelEvent the choice depends on. */
export interface WheelInput {
  readonly deltaX: number;
  readonly deltaY: number;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

/**
 * Cooperative gestures, as embedded maps do them: the page's own scroll wins.
 * Ctrl/⌘ + wheel and a trackpad pinch (which Chromium sends as a wheel with
 * ctrlKey) zoom; a sideways swipe pans; a plain vertical wheel scrolls the page,
 * unless the reader has engaged the plot (clicked or focused it), when it zooms.
 */
export function wheelIntent(input: WheelInput, engaged: boolean): WheelIntent {
  if (input.ctrlKey || input.metaKey) return 'zoom';
  if (Math.abs(input.deltaX) > Math.abs(input.deltaY)) return 'pan';
  return engaged ? 'zoom' : 'scroll';
}
