/**
 * The live check's scheduler, free of React so its timing rules can be tested with fake timers:
 * changes are debounced (a burst of edits in a meeting gives one check), runs never overlap, and a
 * change that arrives during a run gives exactly one more run after it.
 */

/** A debounced, non-overlapping runner of one task. */
export interface LiveRunner {
  /** Reports a change: the task runs `delayMs` after the last of a burst of changes. */
  notify(): void;
  /** Stops for good: a pending run is cancelled and no further run starts. */
  dispose(): void;
}

/**
 * Returns a runner of `task`. `onError` receives what a run throws; the runner keeps working,
 * because the next change deserves a check even when the last one failed.
 */
export function createLiveRunner(
  task: () => Promise<void>,
  delayMs: number,
  onError: (error: unknown) => void
): LiveRunner {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  let disposed = false;

  const start = (): void => {
    running = true;
    void task()
      .catch(onError)
      .finally(() => {
        running = false;
        if (again && !disposed) {
          again = false;
          start();
        }
      });
  };

  const fire = (): void => {
    timer = undefined;
    if (disposed) return;
    if (running) again = true;
    else start();
  };

  return {
    notify() {
      if (disposed) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(fire, delayMs);
    },
    dispose() {
      disposed = true;
      again = false;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
