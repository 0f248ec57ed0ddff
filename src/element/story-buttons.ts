import { html, type TemplateResult } from 'lit';
import type { StoryStep } from '../layout/story-navigation.js';
import { displayText } from '../model/display-text.js';
import type { TimelineEvent } from '../model/timeline-event.js';
import type { StoryTargets } from './story-targets.js';
import type { UiStrings } from './ui-strings.js';

/** Where a step button goes: the event and its date in words; absent at an end of the story. */
export interface StoryTarget {
  readonly event: TimelineEvent;
  readonly when: string;
}

/**
 * A Previous or Next button, named with its target ("Next: Tripartite summit on
 * Syria in Sochi, 14 February 2019") in its accessible name and its tooltip. At
 * an end it is aria-disabled rather than disabled, so that the focus of a reader
 * who pressed it to the end stays on it.
 */
export function storyButton(
  step: StoryStep,
  target: StoryTarget | undefined,
  strings: UiStrings,
  onStep: (step: StoryStep) => void,
): TemplateResult {
  const word = step === 'next' ? strings.next : strings.previous;
  const name = target ? strings.storyTarget(word, displayText(target.event.title), target.when) : word;
  return html`<button
    part="button ${step}"
    class="story-step"
    aria-label=${name}
    title=${name}
    aria-disabled=${target ? 'false' : 'true'}
    @click=${() => target && onStep(step)}
  >
    ${step === 'next'
      ? html`<span class="text">${word}</span><span class="icon step-icon" aria-hidden="true">›</span>`
      : html`<span class="icon step-icon" aria-hidden="true">‹</span><span class="text">${word}</span>`}
  </button>`;
}

/** Both step buttons, Previous then Next. */
export function storyButtons(targets: StoryTargets, strings: UiStrings, onStep: (step: StoryStep) => void): TemplateResult {
  return html`${storyButton('previous', targets.previous, strings, onStep)} ${storyButton('next', targets.next, strings, onStep)}`;
}
