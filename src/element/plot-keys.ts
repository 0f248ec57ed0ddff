import type { StoryStep } from '../layout/story-navigation.js';
import { storyStepOfKey, type KeyPress } from './story-keys.js';

/** What a key pressed in the plot asks for. */
export type PlotKeyAction =
  | { readonly kind: 'focus'; readonly index: number }
  | { readonly kind: 'story'; readonly step: StoryStep }
  | { readonly kind: 'zoom-in' }
  | { readonly kind: 'zoom-out' }
  | { readonly kind: 'fit' }
  | { readonly kind: 'close-details' };

/** Where keyboard focus stands among the events, in time order. */
export interface PlotKeyState {
  /** How many events there are. */
  readonly count: number;
  /**
   * The focused event's index; for a cluster or nothing focused, the index of the first event at or after
   * it (so that the next step forward lands on that event, not past it).
   */
  readonly at: number;
  /** True when `at` is the focused event itself, false when focus stands just before it. */
  readonly onEvent: boolean;
  /** Time runs right to left. */
  readonly rtl: boolean;
  readonly hasSelection: boolean;
}

/**
 * The plot's key map: arrows step through the events in time order (Left and Right follow the
 * direction of time on screen), Home and End go to the ends, + − 0 zoom, N and P step the story,
 * Escape closes the details. A key held with Ctrl, ⌘ or Alt is the browser's (page zoom, history),
 * never ours (WCAG 1.4.4).
 */
export function plotKeyAction(key: KeyPress, state: PlotKeyState): PlotKeyAction | undefined {
  if (key.ctrlKey || key.metaKey || key.altKey) return undefined;
  const step = storyStepOfKey(key);
  if (step) return { kind: 'story', step };
  switch (key.key) {
    case 'ArrowRight':
      return focusStep(state, state.rtl ? -1 : 1);
    case 'ArrowLeft':
      return focusStep(state, state.rtl ? 1 : -1);
    case 'ArrowDown':
      return focusStep(state, 1);
    case 'ArrowUp':
      return focusStep(state, -1);
    case 'Home':
      return focusAt(state, 0);
    case 'End':
      return focusAt(state, state.count - 1);
    case '+':
    case '=':
      return { kind: 'zoom-in' };
    case '-':
    case '_':
      return { kind: 'zoom-out' };
    case '0':
      return { kind: 'fit' };
    case 'Escape':
      return state.hasSelection ? { kind: 'close-details' } : undefined;
    default:
      return undefined;
  }
}

function focusStep(state: PlotKeyState, direction: 1 | -1): PlotKeyAction | undefined {
  // Standing before an event (on a cluster), a step forward reaches that event itself.
  const target = direction > 0 && !state.onEvent ? state.at : state.at + direction;
  return focusAt(state, target);
}

function focusAt(state: PlotKeyState, index: number): PlotKeyAction | undefined {
  if (state.count === 0) return undefined;
  return { kind: 'focus', index: Math.max(0, Math.min(state.count - 1, index)) };
}
