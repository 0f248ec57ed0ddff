import type { nothing, ReactiveControllerHost, TemplateResult } from 'lit';
import { readLaneChoice } from '../layout/lane-choice.js';
import { lanesThatFit } from '../layout/lanes-that-fit.js';
import { eraStripHeight } from '../layout/layout-eras.js';
import { GATHERED_LANE_KEY, type LaneBudget } from '../layout/lanes.js';
import type { LaneLayout } from '../layout/mark-layout.js';
import { DEFAULT_MAX_LANES, type PrepareOptions } from '../layout/prepare-timeline.js';
import type { EventSet } from '../model/timeline-event.js';
import { AXIS_HEIGHT_PX } from '../render/plot-renderer.js';
import { laneToggles } from './lane-toggles.js';
import { ResizeController } from './resize-controller.js';
import type { UiStrings } from './ui-strings.js';

export interface LaneOptions {
  /** The `lanes` attribute: what a lane is. */
  readonly lanes: () => string;
  /** The `max-lanes` attribute, when given. */
  readonly maxLanes: () => number | undefined;
}

type LaneHost = ReactiveControllerHost & Element;

/**
 * What the lanes are and how many: the reader's folded lanes, the gathered "Other" lane opened or
 * not, and as many lanes as fit a height given to the element. The host lays its events out with
 * `prepareOptions`, and again when `revision` changes.
 */
export class LaneController {
  /** Changes whenever the lanes may change. */
  revision = 0;
  /** The gathered lane is open: a lane for every value. */
  allLanes = false;
  private collapsed: ReadonlySet<string> = new Set();
  /** The plot frame's height when the element is given one. */
  private frameHeight?: number;
  private drawnLanes?: readonly unknown[];
  private drawnRtl = false;
  /** The lanes that fit a height, for the values the last lay-out counted. */
  private lastFit?: (height: number) => number;
  /** Room the eras' strip takes from the lanes, as the last lay-out had it. */
  private eraRoom = 0;
  private readonly frameSize: ResizeController;

  constructor(
    private readonly host: LaneHost,
    private readonly options: LaneOptions,
  ) {
    // Only a height given to the element bounds the frame: otherwise the frame is as tall as its lanes.
    this.frameSize = new ResizeController(host, (_, height) => {
      const next = hasGivenHeight(host) ? Math.round(height) : undefined;
      if (next === this.frameHeight) return;
      // A height that fits as many lanes as the last lay-out chose needs no new one: a notice shown
      // above the plot while large data is laid out would otherwise start that lay-out over.
      if (next !== undefined && this.frameHeight !== undefined && this.lastFit?.(this.roomIn(next)) === this.lastFit?.(this.roomIn(this.frameHeight))) {
        this.frameHeight = next;
        return;
      }
      this.changed(() => (this.frameHeight = next));
    });
  }

  /** Watches the frame the lanes scroll in, for its height. */
  observe(frame: Element): void {
    this.frameSize.observe(frame);
  }

  /** New data, or lanes of another kind: every lane unfolded, "Other" gathered. */
  reset(): void {
    this.lastFit = undefined;
    this.collapsed = new Set();
    this.allLanes = false;
    this.revision++;
  }

  /** The lanes' part of laying out `shown` (the events kept) from `all` (every event loaded). */
  prepareOptions(all: EventSet, maxRows: number, ui: UiStrings): PrepareOptions {
    return {
      // Lanes are chosen over all the data, so a filter narrows the lanes instead of renaming them.
      lanes: readLaneChoice(this.options.lanes(), all.events),
      maxLanes: this.allLanes ? Infinity : this.budget(maxRows, all),
      collapsed: this.collapsed,
      unassignedLabel: ui.unknownLane,
      gatheredLabel: (values) => `${ui.otherLane} (${values})`,
    };
  }

  /**
   * The buttons over the lanes' names follow the drawn lanes. Those move only when the lanes are laid
   * out anew (a new prepared set) or time turns round, never on zoom: a reference check a frame.
   */
  afterDraw(prepared: readonly unknown[] | undefined, rtl: boolean): void {
    if (prepared === this.drawnLanes && rtl === this.drawnRtl) return;
    this.drawnLanes = prepared;
    this.drawnRtl = rtl;
    this.host.requestUpdate();
  }

  render(p: { lanes: readonly LaneLayout[]; strings: UiStrings; lang: string; rtl: boolean; nameWidth: (name: string) => number }): TemplateResult | typeof nothing {
    return laneToggles({
      ...p,
      allLanes: this.allLanes,
      onToggle: (lane) => this.toggle(lane),
      onGather: () => this.changed(() => (this.allLanes = false)),
    });
  }

  private toggle(lane: LaneLayout): void {
    if (lane.key === GATHERED_LANE_KEY) return this.changed(() => (this.allLanes = true));
    const collapsed = new Set(this.collapsed);
    if (!collapsed.delete(lane.key)) collapsed.add(lane.key);
    this.changed(() => (this.collapsed = collapsed));
  }

  /** `max-lanes` when given; else as many lanes as fit the height given to the element; else 8. */
  private budget(maxRows: number, all: EventSet): number | LaneBudget {
    const given = this.options.maxLanes();
    if (given !== undefined && given > 0) return Math.max(2, Math.floor(given));
    if (this.frameHeight === undefined) return DEFAULT_MAX_LANES;
    this.eraRoom = eraStripHeight(all.eras);
    const height = this.roomIn(this.frameHeight);
    return (values, hasUnassigned) => {
      this.lastFit = (room) => lanesThatFit(values, maxRows, room, hasUnassigned);
      return this.lastFit(height);
    };
  }

  /** The height lanes have in a frame this tall. */
  private roomIn(frameHeight: number): number {
    return frameHeight - AXIS_HEIGHT_PX - this.eraRoom;
  }

  private changed(change: () => void): void {
    change();
    this.revision++;
    this.host.requestUpdate();
  }
}

/**
 * Whether the page gave the element a height (`height: 600px`, not `auto`). Read through the Typed
 * OM, which keeps `auto` as a keyword where getComputedStyle gives the used px; where it is missing
 * (Firefox), lanes keep the default number.
 */
function hasGivenHeight(element: Element): boolean {
  if (typeof element.computedStyleMap !== 'function' || typeof CSSNumericValue === 'undefined') return false;
  const height = element.computedStyleMap().get('height');
  // A percentage of a parent with no height is `auto` in effect: lanes chosen to fit it would shrink it.
  return height instanceof CSSNumericValue && !height.toString().includes('%');
}
