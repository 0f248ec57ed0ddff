/**
 * Work written once as a generator that yields between slices, run either at once (the synchronous API)
 * or with a turn for the page at each yield (large loads): the two can never drift apart.
 */
export type Stepwise<T> = Generator<void, T, void>;

/** Runs every step now. */
export function runToEnd<T>(steps: Stepwise<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps, giving the page a turn at each yield; stops (rejects) when `signal` aborts. */
export async function runInTurns<T>(steps: Stepwise<T>, yieldToPage: () => Promise<void>, signal?: AbortSignal): Promise<T> {
  for (;;) {
    signal?.throwIfAborted();
    const step = steps.next();
    if (step.done) return step.value;
    await yieldToPage();
  }
}
