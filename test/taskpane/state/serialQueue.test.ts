import { createSerialQueue } from "../../../src/taskpane/state/serialQueue";

describe("when tasks are queued", () => {
  it("can run them one after another in the order queued", async () => {
    const queue = createSerialQueue();
    const log: string[] = [];
    const step = (name: string, ticks: number) => async () => {
      log.push(`${name} start`);
      for (let i = 0; i < ticks; i++) await Promise.resolve();
      log.push(`${name} end`);
      return name;
    };

    const results = await Promise.all([
      queue.run(step("a", 5)),
      queue.run(step("b", 1)),
      queue.run(step("c", 3)),
    ]);

    expect(results).toEqual(["a", "b", "c"]);
    expect(log).toEqual(["a start", "a end", "b start", "b end", "c start", "c end"]);
  });

  it("can go on after a failed task and hand the failure to its caller", async () => {
    const queue = createSerialQueue();
    const failed = queue.run(() => Promise.reject(new Error("kaputt")));
    const next = queue.run(() => Promise.resolve(42));

    await expect(failed).rejects.toThrow("kaputt");
    await expect(next).resolves.toBe(42);
  });
});
