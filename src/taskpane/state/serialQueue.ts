/**
 * One workbook operation at a time: a check started by a co-author's edit must not read the inputs
 * while this user's fill is writing, and results must arrive in the order the operations began.
 */

/** Runs tasks one after another in the order they were queued. */
export interface SerialQueue {
  /** Runs `task` after every task queued before it has settled; resolves to its result. */
  run<T>(task: () => Promise<T>): Promise<T>;
}

/** Returns an empty queue. */
export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(task);
      // The queue goes on after a failure; the failure itself reaches the caller through `result`.
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
