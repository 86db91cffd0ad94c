import fc from "fast-check";
import { createLiveRunner } from "../../../src/taskpane/state/liveRunner";

/** A task whose runs the test finishes one by one. */
function controlledTask() {
  const finishers: (() => void)[] = [];
  const task = jest.fn(() => new Promise<void>((resolve) => finishers.push(resolve)));
  const finish = async () => {
    finishers.shift()?.();
    // Let the runner's promise chain (catch, finally) settle.
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { task, finish };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("when changes arrive", () => {
  it.each([
    // [gaps between notifications in ms, runs after the last one has settled]
    [[], 1],
    [[0, 0, 0], 1],
    [[599], 1],
    [[300, 300, 300], 1],
    [[600], 2],
    [[700, 100], 2],
  ])("can debounce notifications %j into %i run(s)", async (gaps, runs) => {
    const { task, finish } = controlledTask();
    const runner = createLiveRunner(task, 600, jest.fn());
    runner.notify();
    for (const gap of gaps) {
      jest.advanceTimersByTime(gap);
      await finish();
      runner.notify();
    }
    jest.advanceTimersByTime(600);
    await finish();

    expect(task).toHaveBeenCalledTimes(runs);
  });

  it("can wait the full delay after the last change", () => {
    const { task } = controlledTask();
    const runner = createLiveRunner(task, 600, jest.fn());
    runner.notify();
    jest.advanceTimersByTime(599);
    expect(task).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });
});

describe("when a change arrives during a run", () => {
  it("can run exactly once more after it, never two runs at once", async () => {
    const { task, finish } = controlledTask();
    const runner = createLiveRunner(task, 600, jest.fn());
    runner.notify();
    jest.advanceTimersByTime(600);
    expect(task).toHaveBeenCalledTimes(1);

    // Three changes during the first run, the debounce delay passes while it still runs.
    runner.notify();
    runner.notify();
    jest.advanceTimersByTime(300);
    runner.notify();
    jest.advanceTimersByTime(600);
    expect(task).toHaveBeenCalledTimes(1);

    await finish();
    expect(task).toHaveBeenCalledTimes(2);
    await finish();
    jest.advanceTimersByTime(6000);
    expect(task).toHaveBeenCalledTimes(2);
  });
});

describe("when a run fails", () => {
  it("can report the error and still run after the next change", async () => {
    const error = new Error("kaputt");
    const task = jest.fn().mockRejectedValueOnce(error).mockResolvedValue(undefined);
    const onError = jest.fn();
    const runner = createLiveRunner(task, 600, onError);
    runner.notify();
    jest.advanceTimersByTime(600);
    for (let i = 0; i < 5; i++) await Promise.resolve();
    runner.notify();
    jest.advanceTimersByTime(600);

    expect(onError).toHaveBeenCalledWith(error);
    expect(task).toHaveBeenCalledTimes(2);
  });
});

describe("when the runner is disposed", () => {
  it("can cancel a pending run and ignore later changes", async () => {
    const { task, finish } = controlledTask();
    const runner = createLiveRunner(task, 600, jest.fn());
    runner.notify();
    jest.advanceTimersByTime(300);
    runner.dispose();
    jest.advanceTimersByTime(600);
    runner.notify();
    jest.advanceTimersByTime(600);
    await finish();

    expect(task).not.toHaveBeenCalled();
  });

  it("can skip the extra run a change during the last run asked for", async () => {
    const { task, finish } = controlledTask();
    const runner = createLiveRunner(task, 600, jest.fn());
    runner.notify();
    jest.advanceTimersByTime(600);
    runner.notify();
    jest.advanceTimersByTime(600);
    runner.dispose();
    await finish();

    expect(task).toHaveBeenCalledTimes(1);
  });
});

describe("for any sequence of changes, delays and finished runs", () => {
  type Step = { kind: "notify" } | { kind: "advance"; ms: number } | { kind: "finish" };
  const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
    fc.constant<Step>({ kind: "notify" }),
    fc.integer({ min: 0, max: 1500 }).map((ms): Step => ({ kind: "advance", ms })),
    fc.constant<Step>({ kind: "finish" })
  );

  it("can never overlap runs, and always checks after the last change", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { maxLength: 40 }), async (steps) => {
        let clock = 0;
        let running = 0;
        let maxRunning = 0;
        const starts: number[] = [];
        const finishers: (() => void)[] = [];
        const runner = createLiveRunner(
          () => {
            running += 1;
            maxRunning = Math.max(maxRunning, running);
            starts.push(clock);
            return new Promise<void>((resolve) =>
              finishers.push(() => {
                running -= 1;
                resolve();
              })
            );
          },
          600,
          () => undefined
        );
        const settle = async () => {
          for (let i = 0; i < 5; i++) await Promise.resolve();
        };
        let lastNotify: number | undefined;
        let notifies = 0;
        for (const step of steps) {
          if (step.kind === "notify") {
            runner.notify();
            lastNotify = clock;
            notifies += 1;
          } else if (step.kind === "advance") {
            clock += step.ms;
            jest.advanceTimersByTime(step.ms);
          } else {
            finishers.shift()?.();
            await settle();
          }
        }
        // Quiet from now on: let every pending and follow-up run start and finish.
        for (let round = 0; round < 3; round++) {
          clock += 600;
          jest.advanceTimersByTime(600);
          while (finishers.length > 0) {
            finishers.shift()?.();
            await settle();
          }
        }
        expect(maxRunning).toBeLessThanOrEqual(1);
        expect(starts.length).toBeLessThanOrEqual(notifies);
        if (lastNotify !== undefined)
          expect(starts[starts.length - 1]).toBeGreaterThanOrEqual(lastNotify);
      })
    );
  });
});
