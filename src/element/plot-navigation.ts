import { candidateRange } from '../layout/event-index.js';
import type { PreparedTimeline } from '../layout/prepare-timeline.js';
import { isLabelledIn, storyView, type StoryStep } from '../layout/story-navigation.js';
import type { TimeView } from '../layout/time-view.js';
import type { TimelineEvent } from '../model/timeline-event.js';
import type { PlotController } from './plot-controller.js';
import { plotKeyAction, type PlotKeyState } from './plot-keys.js';
import type { TemplateResult } from 'lit';
import { LiveValue } from './live-value.js';
import { storyButtons } from './story-buttons.js';
import { storyEvent, storyTargets, type StoryTargets } from './story-targets.js';
import type { UiStrings } from './ui-strings.js';

/** What navigation asks of the element: its data and selection, and the actions keys can trigger. */
export interface NavigationHost {
  readonly prepared: () => PreparedTimeline | undefined;
  readonly selectedId: () => string | undefined;
  readonly setSelection: (id: string | undefined) => void;
  readonly closeDetails: () => void;
  readonly zoomIn: () => void;
  readonly zoomOut: () => void;
  readonly fit: () => void;
  /** An event's date in words, for the step buttons' names. */
  readonly whenOf: (event: TimelineEvent) => string;
}

/**
 * Moving through the story: the Previous and Next buttons (and N, P), and the plot's keys (arrows,
 * Home, End, zoom, Escape) as the pure key map reads them.
 */
export class PlotNavigation {
  /** Where the Previous and Next buttons go. */
  targets: StoryTargets = {};
  /**
   * The buttons, written into the toolbar when their events change: with no event selected they follow
   * the view, so a zoom changes them at nearly every frame, and an update of the host there cost half a
   * millisecond a frame (see LiveValue).
   */
  private readonly buttons = new LiveValue<TemplateResult | undefined>(undefined);
  private buttonsMade?: { targets: StoryTargets; strings: UiStrings };

  constructor(
    private readonly host: NavigationHost,
    private readonly plot: PlotController,
  ) {}

  /** The step buttons in these words, for the toolbar; made again when the words or their events changed. */
  buttonsIn(strings: UiStrings): LiveValue<TemplateResult | undefined> {
    const made = this.buttonsMade;
    if (!made || made.targets !== this.targets || made.strings !== strings) {
      this.buttonsMade = { targets: this.targets, strings };
      this.buttons.value = storyButtons(this.targets, strings, this.step);
    }
    return this.buttons;
  }

  /** Selects the event before or after, shown where it is drawn and labelled; a key's step also focuses it. */
  readonly step = (step: StoryStep, focusMark = false): void => {
    const prepared = this.host.prepared();
    const target = this.storyEventFor(step);
    if (!target || !prepared) return;
    const readable = (view: TimeView) => isLabelledIn(this.plot.layoutFor(view)!, target.id);
    this.plot.show(storyView(target, this.plot.view, prepared.extent, readable));
    this.host.setSelection(target.id);
    if (focusMark) this.plot.focusEvent(target.id);
  };

  /** After a frame: the step buttons name where they go from the view now on screen. */
  refreshTargets(): void {
    const fresh = storyTargets(this.targets, this.storyEventFor('previous'), this.storyEventFor('next'), this.host.whenOf);
    if (fresh === this.targets) return;
    this.targets = fresh;
    // Before the first render there are no buttons yet: that render makes them from `targets`.
    if (this.buttonsMade) this.buttonsIn(this.buttonsMade.strings);
  }

  readonly handleKey = (e: KeyboardEvent): void => {
    const prepared = this.host.prepared();
    const action = prepared && plotKeyAction(e, this.keyState(prepared));
    if (!prepared || !action) return;
    e.preventDefault();
    switch (action.kind) {
      case 'focus':
        return this.plot.focusEvent(prepared.eventSet.events[action.index]!.id);
      case 'story':
        return this.step(action.step, true);
      case 'zoom-in':
        return this.host.zoomIn();
      case 'zoom-out':
        return this.host.zoomOut();
      case 'fit':
        return this.host.fit();
      case 'close-details':
        return this.host.closeDetails();
    }
  };

  private storyEventFor(step: StoryStep): TimelineEvent | undefined {
    const prepared = this.host.prepared();
    if (!prepared) return undefined;
    const selectedId = this.host.selectedId();
    const selected = selectedId === undefined ? undefined : prepared.orderOf.get(selectedId);
    return storyEvent(prepared.eventSet.events, step, selected, this.plot.view);
  }

  /** Where keyboard focus stands: on an event, or just before the first event of a cluster or of the view. */
  private keyState(prepared: PreparedTimeline): PlotKeyState {
    const common = { count: prepared.eventSet.events.length, rtl: this.plot.rtl, hasSelection: this.host.selectedId() !== undefined };
    const key = this.plot.focusKey;
    const index = key === undefined ? undefined : prepared.orderOf.get(key);
    if (index !== undefined) return { ...common, at: index, onEvent: true };
    const at = this.plot.layout?.clusters.find((c) => c.key === key)?.from ?? this.plot.view.start;
    const [first] = candidateRange(prepared.all, { start: at, end: at });
    return { ...common, at: first, onEvent: false };
  }
}
