import type { StoryStep } from '../layout/story-navigation.js';

/** The parts of a KeyboardEvent that the key maps read. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey'>;

/**
 * The story step a key press in the plot asks for: N for next, P for previous.
 * Read from the key's place when it types no Latin letter, so that they work
 * on Arabic, Persian or Russian keyboards, whose N and P keys type other letters.
 */
export function storyStepOfKey(event: KeyPress): StoryStep | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  // A Latin letter is taken as typed (Dvorak's N is where QWERTY has L); any other, by its key's place.
  const letter = /^[a-z]$/.test(key) ? key : /^Key([NP])$/.exec(event.code)?.[1]?.toLowerCase();
  if (letter === 'n') return 'next';
  if (letter === 'p') return 'previous';
  return undefined;
}
