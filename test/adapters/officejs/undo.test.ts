/**
 * Undo of the last fill: the previous blocks come back exactly (values, formulas, formats and
 * block names), so do the column widths and frozen panes the fill changed, sheets the fill
 * created disappear, and there is nothing to undo twice.
 */
import {
  OfficeTaskpaneHost,
  UNDO_SETTING_PREFIX,
  UNDO_SHEET,
} from "../../../src/adapters/officejs";
import { blockRange, type OutputPlan } from "../../../src/workbook";
import type { ExcelHost } from "../../support/excel-host";
import { fill, rejection, useHost } from "./helpers";

/** Formulas and formats of every block of a plan, plus the names. */
function blocks(host: ExcelHost, plan: OutputPlan): unknown {
  return {
    sheets: plan.sheets.map((s) => ({
      formulas: host.getFormulas(s.name, blockRange(s.extent)),
      formats: host.getFormats(s.name, blockRange(s.extent)),
      // The footer names the calculation (time, checksum) the block belongs to.
      footer: host.getPageLayout(s.name)["headersFooters.defaultForAllPages.leftFooter"],
    })),
    // Undo deletes and re-adds block names, so their order may change; it carries no meaning.
    names: [...host.names].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  };
}

describe("when nothing was filled", () => {
  it("has nothing to undo", async () => {
    useHost();
    const port = new OfficeTaskpaneHost();
    expect(await port.hasUndo()).toBe(false);
    expect(await port.undoLastFill()).toBeNull();
  });
});

describe("when the first fill is undone", () => {
  it("removes the sheets and names the fill created, in one round trip", async () => {
    const host = useHost();
    const port = new OfficeTaskpaneHost();
    const sheetsBefore = host.sheetNames;
    await fill(port);
    const syncs = host.syncCount;
    expect(await port.undoLastFill()).toEqual({ restored: [] });
    expect(host.syncCount - syncs).toBe(1);
    expect(host.sheetNames).toEqual([...sheetsBefore, "_SR_Rückgängig"]);
    expect(host.names).toEqual([]);
    expect(Object.keys(host.settings).filter((k) => k.startsWith(UNDO_SETTING_PREFIX))).toEqual([]);
    expect(await port.hasUndo()).toBe(false);
    expect(await port.undoLastFill()).toBeNull();
  });

  it("takes two round trips in a new session: read the index, restore", async () => {
    const host = useHost();
    await fill(new OfficeTaskpaneHost());
    const syncs = host.syncCount;
    expect(await new OfficeTaskpaneHost().undoLastFill()).toEqual({ restored: [] });
    expect(host.syncCount - syncs).toBe(2);
  });
});

describe("when a refill is undone", () => {
  it("restores the previous blocks exactly and leaves the user's cells alone", async () => {
    const host = useHost();
    const port = new OfficeTaskpaneHost();
    const first = await fill(port);
    const expected = blocks(host, first.plan as OutputPlan);
    host.setValues("Region 3", "L1", [["Notiz"]]);
    // SG Ostheide moves to Region 2: Region 1 shrinks, Region 2 grows.
    await host.editCell("Stammdaten", "B5", "Region 2", { source: "Local" });
    await host.editCell("Parameter", "B3", 2500000, { source: "Local" });
    const second = await fill(port);
    expect(second.written).toBe(true);
    expect(blocks(host, first.plan as OutputPlan)).not.toEqual(expected);
    expect(await port.undoLastFill()).toEqual({
      restored: ["Region 1", "Region 2", "Region 3", "Übersicht", "Protokoll"],
    });
    expect(blocks(host, first.plan as OutputPlan)).toEqual(expected);
    expect(host.getValues("Region 2", "A16:I16")).toEqual([Array(9).fill("")]);
    expect(host.getValues("Region 3", "L1")).toEqual([["Notiz"]]);
  });

  it("undoes a co-author's later fill, not the own stale one, also where Excel keeps partial batches", async () => {
    const host = useHost(undefined, { failedSync: "partial" });
    const mine = new OfficeTaskpaneHost();
    const first = await fill(mine);
    const expected = blocks(host, first.plan as OutputPlan);
    await host.editCell("Parameter", "B3", 2500000, { source: "Remote" });
    await fill(new OfficeTaskpaneHost());
    const syncs = host.syncCount;
    const before = host.dump();
    // The guard stops the stale one-sync restore before it changes anything; then read + restore.
    expect(await mine.undoLastFill()).toEqual({
      restored: ["Region 1", "Region 2", "Region 3", "Übersicht", "Protokoll"],
    });
    expect(host.requests.slice(syncs).map((r) => r.failed ?? "ok")).toEqual([
      "ItemNotFound",
      "ok",
      "ok",
    ]);
    expect(blocks(host, first.plan as OutputPlan)).toEqual(expected);
    expect(host.dump()).not.toEqual(before);
  });

  it("refuses with a German message when an output sheet is protected", async () => {
    const host = useHost();
    const port = new OfficeTaskpaneHost();
    await fill(port);
    await host.editCell("Parameter", "B3", 2500000, { source: "Local" });
    await fill(port);
    host.protectSheet("Region 1");
    const before = host.dump();
    const error = await rejection(port.undoLastFill());
    expect(error).toMatchObject({
      code: "SHEET_PROTECTED",
      message: expect.stringContaining("»Region 1«"),
    });
    expect(host.dump()).toEqual(before);
  });
});

// Issue 14: the undo index (a setting) and the snapshot (a very hidden sheet) reach co-authors
// separately; undo checks in its own batch that the snapshot carries the index's fill id.
describe("when only part of a co-author's fill has arrived", () => {
  const MISMATCH =
    "Rückgängig ist gerade nicht möglich: Die gesicherte Kopie gehört nicht zur letzten Füllung – " +
    "vermutlich hat jemand anderes inzwischen gefüllt, und dessen Änderungen sind noch nicht " +
    "vollständig angekommen. Es wurde nichts geändert; bitte versuchen Sie es in einem Moment erneut.";

  /** A workbook after two fills, so undo would put a previous block back. */
  async function twoFills(): Promise<{ host: ExcelHost; port: OfficeTaskpaneHost }> {
    const host = useHost();
    const port = new OfficeTaskpaneHost();
    await fill(port);
    await host.editCell("Parameter", "B3", 2500000, { source: "Local" });
    await fill(port);
    return { host, port };
  }

  /** The key and index of the fill's saved undo index. */
  function savedIndex(host: ExcelHost): [string, { fillId: string }] {
    const entry = Object.entries(host.settings).find(([key]) =>
      key.startsWith(UNDO_SETTING_PREFIX)
    );
    if (!entry) throw new Error("no undo index saved");
    return entry as [string, { fillId: string }];
  }

  it("writes the fill's id into the snapshot", async () => {
    const { host } = await twoFills();
    const [, index] = savedIndex(host);
    expect(host.getValues(UNDO_SHEET, "A1")).toEqual([[index.fillId]]);
  });

  it("refuses when the co-author's index has arrived but not their snapshot", async () => {
    const { host } = await twoFills();
    const [key, index] = savedIndex(host);
    // The co-author's fill "other-fill" replaced the index; the snapshot is still ours.
    await host.run(async (context: Excel.RequestContext) => {
      context.workbook.settings.getItem(key).delete();
      context.workbook.settings.add(`${UNDO_SETTING_PREFIX}other-fill`, {
        ...index,
        fillId: "other-fill",
      });
      await context.sync();
    });
    const before = host.dump();
    const error = await rejection(new OfficeTaskpaneHost().undoLastFill());
    expect(error).toMatchObject({ code: "UNDO_MISMATCH", message: MISMATCH });
    expect(host.dump()).toEqual(before);
  });

  it("refuses when the co-author's snapshot has arrived but not their index, also right after the own fill", async () => {
    const { host, port } = await twoFills();
    host.setValues(UNDO_SHEET, "A1", [["other-fill"]]);
    const before = host.dump();
    const syncs = host.syncCount;
    const error = await rejection(port.undoLastFill());
    expect(error).toMatchObject({ code: "UNDO_MISMATCH", message: MISMATCH });
    // The guarded one-sync undo stops, the fresh read finds our index, its guard stops too.
    expect(host.requests.slice(syncs).map((r) => r.failed ?? "ok")).toEqual([
      "ItemNotFound",
      "ok",
      "ItemNotFound",
    ]);
    expect(host.dump()).toEqual(before);
  });
});

describe("when a fill resized columns and froze rows on an existing sheet", () => {
  /** An existing, empty "Region 1" with the user's widths (A–C, K) and frozen panes. */
  function userLayout(): ExcelHost {
    const host = useHost();
    host.addSheet("Region 1");
    host.setColumnWidths("Region 1", 0, [100, 30, 200]);
    host.setColumnWidths("Region 1", 10, [20]);
    host.freezePanes("Region 1", 3, 1);
    return host;
  }

  function layout(host: ExcelHost): unknown {
    const { frozenRows, frozenColumns } = host.sheetInfo("Region 1");
    return { widths: host.getColumnWidths("Region 1", 12), frozenRows, frozenColumns };
  }

  const BEFORE = {
    widths: [100, 30, 200, 48, 48, 48, 48, 48, 48, 48, 20, 48],
    frozenRows: 3,
    frozenColumns: 1,
  };

  it("puts them back in one round trip, after a fill of three", async () => {
    const host = userLayout();
    const port = new OfficeTaskpaneHost();
    expect(layout(host)).toEqual(BEFORE);
    const outcome = await fill(port);
    expect(outcome.written).toBe(true);
    expect(host.syncCount).toBe(3);
    expect(host.sheetInfo("Region 1").frozenRows).toBe(2);
    expect(host.getColumnWidths("Region 1", 3)).toEqual([150.75, 150.75, 108.75]);
    const syncs = host.syncCount;
    expect(await port.undoLastFill()).toEqual({
      restored: ["Region 1"],
    });
    expect(host.syncCount - syncs).toBe(1);
    expect(layout(host)).toEqual(BEFORE);
  });

  it("puts them back from the saved index in a new session, in two round trips", async () => {
    const host = userLayout();
    await fill(new OfficeTaskpaneHost());
    const syncs = host.syncCount;
    expect(await new OfficeTaskpaneHost().undoLastFill()).toEqual({ restored: ["Region 1"] });
    expect(host.syncCount - syncs).toBe(2);
    expect(layout(host)).toEqual(BEFORE);
  });

  it("gives columns of the standard width the standard width again, not a fixed one", async () => {
    const host = userLayout();
    const before = host.dump() as { sheets: { name: string; columnWidths: unknown }[] };
    const port = new OfficeTaskpaneHost();
    await fill(port);
    await port.undoLastFill();
    const after = host.dump() as typeof before;
    const widthsOf = (dump: typeof before): unknown =>
      dump.sheets.find((s) => s.name === "Region 1")?.columnWidths;
    expect(widthsOf(after)).toEqual(widthsOf(before));
  });

  it("reads again before writing a plan wider than the columns read, so undo covers them all", async () => {
    const host = useHost(null);
    host.addSheet("Breit");
    host.setColumnWidths("Breit", 42, [20]);
    const port = new OfficeTaskpaneHost();
    await port.readOutputState(["Breit"]);
    const syncs = host.syncCount;
    await port.writePlan({
      sheets: [
        {
          name: "Breit",
          cells: [[{ value: "x" }]],
          extent: { rows: 1, columns: 1 },
          columnWidths: Array<number>(44).fill(10),
          freezeRows: 0,
        },
      ],
    });
    expect(host.syncCount - syncs).toBe(2);
    expect(host.getColumnWidths("Breit", 44)[42]).toBe(56.25);
    await port.undoLastFill();
    expect(host.getColumnWidths("Breit", 44)).toEqual([...Array<number>(42).fill(48), 20, 48]);
  });
});
