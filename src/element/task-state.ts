import { TaskStatus, type Task } from '@lit/task';

// The two questions renderComplete asks of each @lit/task the element runs (data, language pack).

/** Whether a run is under way. */
export function isPending(task: Task<readonly unknown[], unknown>): boolean {
  return task.status === TaskStatus.PENDING;
}

/** Resolves when the current run has ended, in whichever way: a failure is the notice's to show, not the waiter's. */
export function whenSettled(task: Task<readonly unknown[], unknown>): Promise<void> {
  return task.taskComplete.then(
    () => undefined,
    () => undefined,
  );
}
