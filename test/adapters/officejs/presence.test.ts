/**
 * readWithPresence: a read presumes which sheets and tables exist, and reads again with what it
 * saw when the presumption was wrong – at most three tries, then a German "changed meanwhile".
 */
import { HostError } from "../../../src/adapters/officejs";
import { type WorkbookPresence, readWithPresence } from "../../../src/adapters/officejs/presence";

const presence = (...sheets: string[]): WorkbookPresence => ({
  sheets: new Set(sheets),
  tables: new Set(),
});

/** An error shaped like OfficeExtension.Error. */
function officeError(code: string): Error {
  return Object.assign(new Error(code), { code, debugInfo: {} });
}

describe("readWithPresence", () => {
  it("returns the first read whose presumption matched, with what it saw", async () => {
    const presumed: WorkbookPresence[] = [];
    const outcome = await readWithPresence(
      presence("a"),
      async (assumed) => {
        presumed.push(assumed);
        return assumed.sheets.has("b")
          ? { result: "gelesen", seen: presence("a", "b") }
          : { stale: presence("a", "b") };
      },
      async () => presence()
    );
    expect(outcome).toEqual({ result: "gelesen", presence: presence("a", "b") });
    expect(presumed).toEqual([presence("a"), presence("a", "b")]);
  });

  it("learns the lists after ItemNotFound and reads with them", async () => {
    let tries = 0;
    const outcome = await readWithPresence(
      presence("weg"),
      async (assumed) => {
        tries++;
        if (assumed.sheets.has("weg")) throw officeError("ItemNotFound");
        return { result: tries, seen: assumed };
      },
      async () => presence("da")
    );
    expect(outcome).toEqual({ result: 2, presence: presence("da") });
  });

  it("gives up with CHANGED_MEANWHILE when the workbook keeps changing", async () => {
    let flip = false;
    const read = readWithPresence(
      presence(),
      async () => {
        flip = !flip;
        return { stale: flip ? presence("x") : presence() };
      },
      async () => presence()
    );
    await expect(read).rejects.toBeInstanceOf(HostError);
    await expect(read).rejects.toMatchObject({ code: "CHANGED_MEANWHILE" });
  });

  it("passes any other error on unchanged", async () => {
    const failure = officeError("AccessDenied");
    await expect(
      readWithPresence(
        presence(),
        async () => {
          throw failure;
        },
        async () => presence()
      )
    ).rejects.toBe(failure);
  });
});
