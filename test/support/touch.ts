import { executeServerCommand } from '@web/test-runner-commands';

export interface TouchPoint {
  readonly x: number;
  readonly y: number;
  readonly id: number;
}

/** Sends one touch event with the given fingers (viewport px). */
export async function touch(type: 'touchStart' | 'touchMove' | 'touchEnd', points: readonly TouchPoint[]): Promise<void> {
  await executeServerCommand('dispatch-touch', { type, points });
}

/** Moves fingers from their start to their end positions in a few steps, as a hand would. */
export async function gesture(from: readonly TouchPoint[], to: readonly TouchPoint[], steps = 6): Promise<void> {
  await touch('touchStart', from);
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    await touch(
      'touchMove',
      from.map((p, k) => ({ id: p.id, x: p.x + (to[k]!.x - p.x) * t, y: p.y + (to[k]!.y - p.y) * t })),
    );
  }
  await touch('touchEnd', []);
}

/** Makes the page report a touch screen (as a phone does), or stop reporting one. */
export async function emulateTouchScreen(enabled: boolean): Promise<void> {
  await executeServerCommand('emulate-touch', { enabled });
}
