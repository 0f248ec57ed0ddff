import type { ReactiveControllerHost } from 'lit';
import { prepareTimelineStepwise, type PreparedTimeline, type PrepareOptions } from '../layout/prepare-timeline.js';
import { nextTask, runInTurns, runToEnd, type Stepwise, type WorkMeter } from '../model/stepwise.js';
import type { EventSet, TimelineEvent } from '../model/timeline-event.js';

/**
 * From this many events (before filtering), data is laid out in turns instead of at once. Below it the
 * whole preparation takes little more than a turn (measured here, under load: 5 ms for 20,000 events,
 * 16 ms for 50,000, 37 ms for 100,000, 440 ms for a million), and turns would only add an update.
 */
export const PREPARE_IN_TURNS_FROM = 50_000;

/** Events per slice of a preparation in turns: slices are small, turns are TURN_BUDGET_MS of them. */
const SLICE_SIZE = 2000;

/** The events kept of all loaded (the filters), a slice at a time. */
export type KeptSteps = (events: readonly TimelineEvent[], sliceSize: number) => Stepwise<readonly TimelineEvent[]>;

export interface PrepareRequest {
  /** Every event loaded. */
  readonly eventSet: EventSet;
  /** Which of them are shown. */
  readonly keep: KeptSteps;
  readonly options: PrepareOptions;
}

export interface PrepareControllerOptions {
  /** Preparations that take longer than this (ms) show their progress. */
  readonly progressDelayMs: () => number;
}

type PrepareHost = ReactiveControllerHost;

/** A preparation in turns under way. */
interface Run {
  readonly abort: AbortController;
  readonly meter: WorkMeter;
  readonly started: number;
  readonly done: Promise<void>;
  /** The share last shown, in whole percent. */
  shownPercent?: number;
}

/**
 * The data laid out for drawing (a PreparedTimeline), made from the events the filters keep in the
 * lanes chosen: at once for ordinary data, in turns for large data, so that a million events never
 * hold the page. The latest request wins: a newer one stops the run it replaces, and only the run
 * still current may land. The host asks `takeLanded` in each update whether `prepared` changed. A run
 * goes on while the element is moved: it lands for when the element is back.
 */
export class PrepareController {
  prepared?: PreparedTimeline;
  private run?: Run;
  private landed = false;

  constructor(
    private readonly host: PrepareHost,
    private readonly options: PrepareControllerOptions,
  ) {}

  /** Prepares the request, at once when it is small (then `prepared` is its result on return), else in turns. */
  request({ eventSet, keep, options }: PrepareRequest): void {
    const replaced = this.run;
    replaced?.abort.abort();
    this.run = undefined;
    const steps = function* (sliceSize: number, meter?: WorkMeter): Stepwise<PreparedTimeline> {
      const events = yield* keep(eventSet.events, sliceSize);
      const shown = events === eventSet.events ? eventSet : { ...eventSet, events };
      return yield* prepareTimelineStepwise(shown, options, sliceSize, meter);
    };
    if (eventSet.events.length < PREPARE_IN_TURNS_FROM) return this.land(runToEnd(steps(Infinity)));
    const abort = new AbortController();
    // The prepare sets the total once the filters have said how many events it lays out.
    const meter = { done: 0, total: 0 };
    const run: Run = {
      abort,
      meter,
      // A run that replaces one goes on showing its progress: a notice that went and came back would
      // change the plot's height, which in a sized element changes the lanes, which asks for a new run.
      started: replaced?.started ?? performance.now(),
      // The first slice waits for a turn: the update that asked finishes first, and can show the progress.
      done: nextTask()
        .then(() => runInTurns(steps(SLICE_SIZE, meter), () => this.turn(run), abort.signal))
        .then(
          (prepared) => {
            if (this.run !== run) return;
            this.run = undefined;
            this.land(prepared);
          },
          (error: unknown) => {
            if (this.run === run) {
              this.run = undefined;
              this.host.requestUpdate();
            }
            if (!abort.signal.aborted) reportError(error);
          },
        ),
    };
    this.run = run;
  }

  /** Whether `prepared` changed since the host last asked; asking clears it. */
  takeLanded(): boolean {
    const landed = this.landed;
    this.landed = false;
    return landed;
  }

  /** A preparation in turns is under way. */
  get pending(): boolean {
    return this.run !== undefined;
  }

  /** Resolves when the preparation under way (if any) has landed or been replaced. */
  get settled(): Promise<void> {
    return this.run?.done ?? Promise.resolve();
  }

  /** Resolves once the host has updated and no preparation is under way: what it asked for last is prepared. */
  async whenPrepared(): Promise<void> {
    await this.host.updateComplete;
    while (this.run) {
      await this.run.done;
      await this.host.updateComplete;
    }
  }

  /** Share of the preparation under way done, once it has taken long enough to show; else undefined. */
  get progress(): number | undefined {
    const run = this.run;
    if (!run || performance.now() - run.started < this.options.progressDelayMs()) return undefined;
    return Math.min(1, run.meter.done / Math.max(1, run.meter.total));
  }

  private land(prepared: PreparedTimeline): void {
    this.prepared = prepared;
    this.landed = true;
    this.host.requestUpdate();
  }

  /** A turn for the page, the progress shown first when it moved by a whole percent. */
  private turn(run: Run): Promise<void> {
    const share = this.progress;
    const percent = share === undefined ? undefined : Math.floor(share * 100);
    if (percent !== run.shownPercent) {
      run.shownPercent = percent;
      this.host.requestUpdate();
    }
    return nextTask();
  }
}
