/**
 * Work written once as a generator that yields between slices, run either at once (the synchronous API)
 * or with a turn for the page at each yield (large loads): the two can never drift apart.
 */
export type Stepwise<T> = Generator<void, T, void>;

/**
 * How far stepwise work has got, for a progress bar: `done` of `total` units (events handled, a pass
 * over them counted once each). The work adds to `done` as it goes, and sets `total` as far as it knows it.
 */
export interface WorkMeter {
  done: number;
  total: number;
}

/** The items `keep` keeps, in order, yielding after every `sliceSize` items (counted on `meter`, if given). */
export function* keptStepwise<T>(items: readonly T[], keep: (item: T) => boolean, sliceSize: number, meter?: WorkMeter): Stepwise<T[]> {
  const kept: T[] = [];
  let slice = 0;
  for (let i = 0; i < items.length; i++) {
    if (keep(items[i]!)) kept.push(items[i]!);
    if (++slice === sliceSize) {
      slice = 0;
      if (meter) meter.done += sliceSize;
      yield;
    }
  }
  if (meter) meter.done += slice;
  return kept;
}

/** Runs every step now. */
export function runToEnd<T>(steps: Stepwise<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Work per turn of the page, ms: well under the 50 ms a task may take before input feels slow, and
 * enough that a million records are not spread over thousands of turns, each with its own cost.
 */
export const TURN_BUDGET_MS = 12;

/**
 * Runs the steps, giving the page a turn at a yield once `budgetMs` has passed since the last turn;
 * stops (rejects) when `signal` aborts. A budget of 0 gives a turn at every yield.
 */
export async function runInTurns<T>(
  steps: Stepwise<T>,
  yieldToPage: () => Promise<void>,
  signal?: AbortSignal,
  budgetMs = TURN_BUDGET_MS,
): Promise<T> {
  let turnStarted = performance.now();
  for (;;) {
    signal?.throwIfAborted();
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - turnStarted < budgetMs) continue;
    await yieldToPage();
    turnStarted = performance.now();
  }
}

/**
 * A turn for the page: a new task, so input and painting can run first. A message, not a zero
 * timeout, which browsers stretch to 4 ms once nested: over hundreds of turns that is seconds.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
