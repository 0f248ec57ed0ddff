import { storyNeighbour, type StoryStep } from '../layout/story-navigation.js';
import type { TimeView } from '../layout/time-view.js';
import type { TimelineEvent } from '../model/timeline-event.js';
import type { StoryTarget } from './story-buttons.js';

/** Both step buttons' targets; absent at an end. */
export type StoryTargets = Readonly<Partial<Record<StoryStep, StoryTarget>>>;

/** The event a step goes to from the selected one (if any) and the view. */
export function storyEvent(
  events: readonly TimelineEvent[],
  step: StoryStep,
  selectedIndex: number | undefined,
  view: TimeView,
): TimelineEvent | undefined {
  const index = storyNeighbour(events, step, selectedIndex, view);
  return index === undefined ? undefined : events[index];
}

/** The targets, reusing `current` when they say the same: the toolbar then needs no update. */
export function storyTargets(
  current: StoryTargets,
  previous: TimelineEvent | undefined,
  next: TimelineEvent | undefined,
  when: (event: TimelineEvent) => string,
): StoryTargets {
  const target = (event: TimelineEvent | undefined) => (event ? { event, when: when(event) } : undefined);
  const fresh = { previous: target(previous), next: target(next) };
  const same = (a?: StoryTarget, b?: StoryTarget) => a?.event === b?.event && a?.when === b?.when;
  if (same(current.previous, fresh.previous) && same(current.next, fresh.next)) return current;
  return {
    ...(fresh.previous ? { previous: fresh.previous } : {}),
    ...(fresh.next ? { next: fresh.next } : {}),
  };
}
