import { expect, waitUntil } from '@open-wc/testing';
import { inIdleTurns } from '../../src/model/idle-turns.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('inIdleTurns', () => {
  it('does every item, a slice per turn, in idle time', async () => {
    const done: number[] = [];
    inIdleTurns(25, (i) => done.push(i), new AbortController().signal, 10, 1000);
    expect(done, 'nothing before the browser is idle').to.deep.equal([]);
    await waitUntil(() => done.length === 25, 'every item done', { timeout: 5000 });
    expect(done).to.deep.equal(Array.from({ length: 25 }, (_, i) => i));
  });

  it('runs no slice before heldUntil, and asks again before each slice', async () => {
    const done: number[] = [];
    let heldUntil = performance.now() + 400;
    const work = (i: number) => {
      done.push(i);
      // The view moves again during the first slice: the next waits for it to stand still.
      if (i === 9) heldUntil = performance.now() + 400;
    };
    inIdleTurns(30, work, new AbortController().signal, 10, 1000, () => heldUntil);
    await sleep(250);
    expect(done, 'held while the time is ahead').to.deep.equal([]);
    await waitUntil(() => done.length >= 10, 'the first slice once the hold is past', { timeout: 5000 });
    await sleep(200);
    expect(done.length, 'no slice while held again').to.equal(10);
    await waitUntil(() => done.length === 30, 'the rest once the view stood still', { timeout: 5000 });
    expect(done).to.deep.equal(Array.from({ length: 30 }, (_, i) => i));
  });

  it('stops when the signal aborts, held or not', async () => {
    const done: number[] = [];
    const stop = new AbortController();
    inIdleTurns(30, (i) => done.push(i), stop.signal, 10, 1000, () => performance.now() + 100);
    await sleep(50);
    stop.abort();
    await sleep(400);
    expect(done).to.deep.equal([]);
  });
});
