/**
 * The in-memory Excel host behaves like the Excel JavaScript API where the adapter relies on it:
 * proxies, load/sync, null objects (and loud failure on objects derived from them), the partial
 * (or, on request, atomic) failing batch, payload limits,
 * events, typed-input coercion, column widths and frozen panes, and the round-trip counter.
 */
import { ExcelHost, NullObjectDerivedError, installExcelHost } from "../../support/excel-host";

/** The fake's RequestContext, seen through the Excel JavaScript API's types like an add-in sees it. */
type Ctx = Excel.RequestContext;

function newHost(options?: ConstructorParameters<typeof ExcelHost>[0]): ExcelHost {
  const host = new ExcelHost(options);
  host.addSheet("Daten");
  host.setValues("Daten", "A1", [
    ["Gemeinde", "Wert"],
    ["SG Ilmenau", 10],
    ["SG Bardowick", 20],
  ]);
  host.addTable("tblDaten", "Daten", "A1:B3");
  host.addSheet("Leer");
  return host;
}

async function run<T>(host: ExcelHost, batch: (context: Ctx) => Promise<T>): Promise<T> {
  return host.run(batch);
}

async function failure(promise: Promise<unknown>): Promise<{ code: string; name: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; name: string };
  }
  throw new Error("expected the promise to reject");
}

describe("when properties are read", () => {
  it("throws PropertyNotLoaded before load and sync, and delivers the value after", async () => {
    const host = newHost();
    await run(host, async (context) => {
      const range = context.workbook.worksheets.getItem("Daten").getRange("A2:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values, address");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["SG Ilmenau", 10]]);
      expect(range.address).toBe("Daten!A2:B2");
    });
  });

  it("loads navigation paths and collection items in the same round trip", async () => {
    const host = newHost();
    const names = await run(host, async (context) => {
      const tables = context.workbook.tables.load(
        "items/name, items/worksheet/name, items/columns/items/name"
      );
      await context.sync();
      return tables.items.map((t) => [
        t.name,
        t.worksheet.name,
        t.columns.items.map((c) => c.name),
      ]);
    });
    expect(names).toEqual([["tblDaten", "Daten", ["Gemeinde", "Wert"]]]);
    expect(host.syncCount).toBe(1);
  });
});

describe("when writes are queued", () => {
  it("applies them only on sync", async () => {
    const host = newHost();
    await run(host, async (context) => {
      context.workbook.worksheets.getItem("Leer").getRange("A1:B1").values = [["x", 1]];
      expect(host.getValues("Leer", "A1:B1")).toEqual([["", ""]]);
      await context.sync();
      expect(host.getValues("Leer", "A1:B1")).toEqual([["x", 1]]);
    });
  });

  it("keeps a set value readable locally before the sync, as Office.js does", async () => {
    const host = newHost();
    await run(host, async (context) => {
      const range = context.workbook.worksheets.getItem("Leer").getRange("A1");
      range.values = [[5]];
      expect(range.values).toEqual([[5]]);
      await context.sync();
    });
  });

  it.each([
    ["12.5", 12.5, "Double"],
    ["1,234.5", 1234.5, "Double"],
    ["12%", 0.12, "Double"],
    ["'12", "12", "String"],
    ["TRUE", true, "Boolean"],
    ["#N/A", "#N/A", "Error"],
    ["1.234,56", "1.234,56", "String"],
    ["SG Ilmenau", "SG Ilmenau", "String"],
  ])("interprets the written string %p like typed input: %p (%s)", async (input, value, type) => {
    const host = newHost();
    await run(host, async (context) => {
      context.workbook.worksheets.getItem("Leer").getRange("A1").values = [[input]];
      await context.sync();
    });
    expect(host.getValues("Leer", "A1")).toEqual([[value]]);
    expect(host.getValueTypes("Leer", "A1")).toEqual([[type]]);
  });

  it("keeps strings as text under the text format", async () => {
    const host = newHost();
    await run(host, async (context) => {
      const range = context.workbook.worksheets.getItem("Leer").getRange("A1:B1");
      range.numberFormat = [["@", "@"]];
      range.values = [["=1+1", "007"]];
      await context.sync();
    });
    expect(host.getFormulas("Leer", "A1:B1")).toEqual([["=1+1", "007"]]);
  });

  it("keeps numbers and booleans written into text-formatted cells as text, as Excel does", async () => {
    const host = newHost();
    await run(host, async (context) => {
      const range = context.workbook.worksheets.getItem("Leer").getRange("A1:C1");
      range.numberFormat = [["@", "@", "@"]];
      range.values = [[2400000, 0.25, true]];
      await context.sync();
    });
    expect(host.getValues("Leer", "A1:C1")).toEqual([["2400000", "0.25", "TRUE"]]);
    expect(host.getValueTypes("Leer", "A1:C1")).toEqual([["String", "String", "String"]]);
  });

  it.each([
    ["2027-01-31", 46418, "yyyy-mm-dd"],
    ["1/31/2027", 46418, "m/d/yyyy"],
    ["2028-02-29", 46812, "yyyy-mm-dd"],
  ])("makes a date of %p: serial %p with format %p", async (input, serial, format) => {
    const host = newHost();
    await run(host, async (context) => {
      context.workbook.worksheets.getItem("Leer").getRange("A1").values = [[input]];
      await context.sync();
    });
    expect(host.getValues("Leer", "A1")).toEqual([[serial]]);
    expect(host.getFormats("Leer", "A1")[0]?.[0]?.numberFormat).toBe(format);
  });

  it.each(["31.01.2027", "2027-02-30", "'2027-01-31"])("keeps %p as text", async (input) => {
    const host = newHost();
    await run(host, async (context) => {
      context.workbook.worksheets.getItem("Leer").getRange("A1").values = [[input]];
      await context.sync();
    });
    expect(host.getValueTypes("Leer", "A1")).toEqual([["String"]]);
  });

  it("keeps a date typed into a text-formatted cell as text", async () => {
    const host = newHost();
    await run(host, async (context) => {
      const range = context.workbook.worksheets.getItem("Leer").getRange("A1");
      range.numberFormat = [["@"]];
      range.values = [["2027-01-31"]];
      await context.sync();
    });
    expect(host.getValues("Leer", "A1")).toEqual([["2027-01-31"]]);
  });

  it("calculates formulas and reports errors like Excel", async () => {
    const host = newHost();
    await run(host, async (context) => {
      context.workbook.worksheets.getItem("Leer").getRange("A1:C1").formulas = [
        [4, "=A1*2", "=A1/0"],
      ];
      await context.sync();
    });
    expect(host.getValues("Leer", "A1:C1")).toEqual([[4, 8, "#DIV/0!"]]);
    expect(host.getValueTypes("Leer", "A1:C1")).toEqual([["Double", "Double", "Error"]]);
    expect(host.getFormulas("Leer", "A1:C1")).toEqual([[4, "=A1*2", "=A1/0"]]);
  });
});

describe("when a sync fails", () => {
  it("rejects a values array of the wrong shape and applies nothing of the batch in atomic mode", async () => {
    const host = newHost({ failedSync: "atomic" });
    const before = host.dump();
    const error = await failure(
      run(host, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Leer");
        sheet.getRange("A1").values = [["zuerst"]];
        sheet.getRange("A2:C2").values = [[1, 2]];
        await context.sync();
      })
    );
    expect(error).toMatchObject({ code: "InvalidArgument", name: "RichApi.Error" });
    expect(host.dump()).toEqual(before);
  });

  it("keeps the commands before the failing one by default, like Excel", async () => {
    const host = newHost();
    await failure(
      run(host, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Leer");
        sheet.getRange("A1").values = [["zuerst"]];
        sheet.getRange("A2:C2").values = [[1, 2]];
        await context.sync();
      })
    );
    expect(host.getValues("Leer", "A1")).toEqual([["zuerst"]]);
  });

  it("refuses writes to a protected sheet with AccessDenied", async () => {
    const host = newHost();
    host.protectSheet("Leer");
    const error = await failure(
      run(host, async (context) => {
        context.workbook.worksheets.getItem("Leer").getRange("A1").values = [[1]];
        await context.sync();
      })
    );
    expect(error.code).toBe("AccessDenied");
  });

  it("refuses a request above the payload limit and applies nothing", async () => {
    const host = newHost({ payloadLimitBytes: 2000 });
    const before = host.dump();
    const big = Array.from({ length: 100 }, (_, i) => [`Zeile ${i} mit etwas Text`]);
    const error = await failure(
      run(host, async (context) => {
        context.workbook.worksheets.getItem("Leer").getRange("A1:A100").values = big;
        await context.sync();
      })
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(host.dump()).toEqual(before);
  });

  it("fails with an injected connection loss and applies nothing", async () => {
    const host = newHost();
    host.failNextSync({ code: "GeneralException" });
    const error = await failure(
      run(host, async (context) => {
        context.workbook.worksheets.getItem("Leer").getRange("A1").values = [[1]];
        await context.sync();
      })
    );
    expect(error.code).toBe("GeneralException");
    expect(host.getValues("Leer", "A1")).toEqual([[""]]);
    expect(host.requests[0]?.failed).toBe("GeneralException");
  });

  it("raises ItemNotFound at sync for getItem of a missing sheet", async () => {
    const host = newHost();
    const error = await failure(
      run(host, async (context) => {
        context.workbook.worksheets.getItem("Fehlt").load("name");
        await context.sync();
      })
    );
    expect(error.code).toBe("ItemNotFound");
  });

  it("refuses to change part of a merged area", async () => {
    const host = newHost();
    host.mergeCells("Leer", "B1:C1");
    const error = await failure(
      run(host, async (context) => {
        context.workbook.worksheets.getItem("Leer").getRange("A1:B1").values = [[1, 2]];
        await context.sync();
      })
    );
    expect(error.code).toBe("MergedRangeConflict");
  });
});

describe("when objects may not exist", () => {
  it("reports null objects after the sync", async () => {
    const host = newHost();
    await run(host, async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject("tblFehlt");
      const present = context.workbook.tables.getItemOrNullObject("TBLDATEN").load("name");
      const empty = context.workbook.worksheets
        .getItem("Leer")
        .getUsedRangeOrNullObject(true)
        .load("address");
      missing.load("name");
      expect(() => missing.isNullObject).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      await context.sync();
      expect([missing.isNullObject, present.isNullObject, empty.isNullObject]).toEqual([
        true,
        false,
        true,
      ]);
      expect(present.name).toBe("tblDaten");
    });
    expect(host.syncCount).toBe(1);
  });

  // Office.js documents isNullObject only for the object an *OrNullObject method returns; what
  // Excel does with objects derived from a null object is unknown, so the fake refuses them.
  it.each<[string, (context: Excel.RequestContext) => void]>([
    [
      "a range of a missing table",
      (context) =>
        void context.workbook.tables
          .getItemOrNullObject("tblFehlt")
          .getDataBodyRange()
          .load("values"),
    ],
    [
      "the sheet of a missing table",
      (context) =>
        void context.workbook.tables.getItemOrNullObject("tblFehlt").worksheet.load("name"),
    ],
    [
      "the used range of a missing sheet",
      (context) =>
        void context.workbook.worksheets
          .getItemOrNullObject("Fehlt")
          .getUsedRangeOrNullObject(true)
          .load("values"),
    ],
    [
      "the protection of a missing sheet",
      (context) =>
        void context.workbook.worksheets.getItemOrNullObject("Fehlt").protection.load("protected"),
    ],
    [
      "the merged areas of an empty sheet's null used range",
      (context) =>
        void context.workbook.worksheets
          .getItem("Leer")
          .getUsedRangeOrNullObject(false)
          .getMergedAreasOrNullObject()
          .load("address"),
    ],
    [
      "a write to a missing sheet itself",
      (context) => {
        context.workbook.worksheets.getItemOrNullObject("Fehlt").visibility = "Hidden";
      },
    ],
    [
      "a nested load through a missing table",
      (context) =>
        void context.workbook.tables.getItemOrNullObject("tblFehlt").load("worksheet/name"),
    ],
  ])("fails loudly on %s", async (_case, queue) => {
    const host = newHost();
    const error = await failure(
      run(host, async (context) => {
        queue(context);
        await context.sync();
      })
    );
    expect(error).toBeInstanceOf(NullObjectDerivedError);
    expect(String(error)).toMatch(
      /is derived from the null object .*(tblFehlt|Fehlt|getUsedRangeOrNullObject)/
    );
  });
});

describe("when ranges are derived from other ranges", () => {
  it("resolves cells, offsets, resized ranges, the used range and the selection", async () => {
    const host = newHost();
    host.select("Daten", "B2:B3");
    const addresses = await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Daten");
      const base = sheet.getRange("B2:C3");
      const ranges = [
        base.getCell(1, 0),
        base.getOffsetRange(1, 1),
        base.getResizedRange(2, -1),
        sheet.getRangeByIndexes(4, 0, 1, 3),
        sheet.getUsedRange(true),
        context.workbook.getSelectedRange(),
        context.workbook.worksheets.getItem("Leer").getUsedRange(),
      ].map((r) => r.load("address, rowCount, columnCount"));
      await context.sync();
      return ranges.map((r) => `${r.address} ${r.rowCount}x${r.columnCount}`);
    });
    expect(addresses).toEqual([
      "Daten!B3 1x1",
      "Daten!C3:D4 2x2",
      "Daten!B2:B5 4x1",
      "Daten!A5:C5 1x3",
      "Daten!A1:B3 3x2",
      "Daten!B2:B3 2x1",
      "Leer!A1 1x1",
    ]);
  });

  it("hides a sheet very hidden but keeps one sheet visible", async () => {
    const host = newHost();
    await run(host, async (context) => {
      context.workbook.worksheets.getItem("Leer").visibility = "VeryHidden";
      await context.sync();
    });
    expect(host.sheetInfo("Leer").visibility).toBe("VeryHidden");
    const error = await failure(
      run(host, async (context) => {
        context.workbook.worksheets.getItem("Daten").visibility = "Hidden";
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidOperation");
  });
});

describe("when column widths and frozen panes are read and set", () => {
  it("delivers column properties with the sync, and refuses to read them before", async () => {
    const host = newHost();
    host.setColumnWidths("Daten", 1, [100]);
    const columns = await run(host, async (context) => {
      const result = context.workbook.worksheets
        .getItem("Daten")
        .getRangeByIndexes(0, 0, 1, 3)
        .getColumnProperties({
          columnIndex: true,
          format: { columnWidth: true, useStandardWidth: true },
        });
      expect(() => result.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      return result.value;
    });
    expect(columns).toEqual([
      { columnIndex: 0, format: { columnWidth: 48, useStandardWidth: true } },
      { columnIndex: 1, format: { columnWidth: 100, useStandardWidth: false } },
      { columnIndex: 2, format: { columnWidth: 48, useStandardWidth: true } },
    ]);
    expect(host.syncCount).toBe(1);
  });

  it("gives a column the standard width again through useStandardWidth", async () => {
    const host = newHost();
    host.setColumnWidths("Daten", 0, [100, 30]);
    await run(host, async (context) => {
      context.workbook.worksheets.getItem("Daten").getRange("A1").format.useStandardWidth = true;
      await context.sync();
    });
    expect(host.getColumnWidths("Daten", 2)).toEqual([48, 30]);
  });

  it("reports the frozen top-left pane: whole rows, whole columns, both, or a null object", async () => {
    const host = newHost();
    const freezes: [string, (panes: Excel.WorksheetFreezePanes, sheet: Excel.Worksheet) => void][] =
      [
        ["nothing", () => undefined],
        ["rows", (panes) => panes.freezeRows(2)],
        ["rows and columns", (panes) => panes.freezeColumns(1)],
        ["at B3", (panes, sheet) => panes.freezeAt(sheet.getRange("B3"))],
        ["columns", (panes) => panes.freezeAt("A:C")],
        ["unfrozen", (panes) => panes.unfreeze()],
      ];
    const seen: string[] = [];
    for (const [what, freeze] of freezes) {
      const location = await run(host, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Daten");
        freeze(sheet.freezePanes, sheet);
        const frozen = sheet.freezePanes.getLocationOrNullObject().load("rowCount, columnCount");
        await context.sync();
        return frozen.isNullObject ? "null" : `${frozen.rowCount}x${frozen.columnCount}`;
      });
      const { frozenRows, frozenColumns } = host.sheetInfo("Daten");
      seen.push(`${what}: ${location} (${frozenRows}, ${frozenColumns})`);
    }
    expect(seen).toEqual([
      "nothing: null (0, 0)",
      "rows: 2x16384 (2, 0)",
      "rows and columns: 2x1 (2, 1)",
      "at B3: 3x2 (3, 2)",
      "columns: 1048576x3 (0, 3)",
      "unfrozen: null (0, 0)",
    ]);
  });

  it("refuses to freeze at a range of another sheet", async () => {
    const host = newHost();
    const error = await failure(
      run(host, async (context) => {
        const other = context.workbook.worksheets.getItem("Leer").getRange("B2");
        context.workbook.worksheets.getItem("Daten").freezePanes.freezeAt(other);
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("when round trips are counted", () => {
  it("counts syncs that carry commands and logs their requests", async () => {
    const host = newHost();
    await run(host, async (context) => {
      await context.sync();
      context.workbook.worksheets.load("items/name");
      await context.sync();
    });
    expect(host.syncCount).toBe(1);
    expect(host.requests[0]?.actions.map((a) => a.kind)).toEqual(["query"]);
  });

  it("records suspended calculation for the sync that asked for it", async () => {
    const host = newHost();
    await run(host, async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem("Leer").getRange("A1").values = [[1]];
      await context.sync();
    });
    expect(host.requests.map((r) => r.calculationSuspended)).toEqual([true]);
  });
});

describe("when a block is copied, named and stored", () => {
  it("copies values, formats and formulas with shifted relative references", async () => {
    const host = newHost();
    host.setValues("Leer", "A1", [[1, "=A1+1", "=$A$1"]]);
    host.setNumberFormats("Leer", "A1", [["0.00", "General", "General"]]);
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Leer");
      sheet.getRange("A5").copyFrom(sheet.getRange("A1:C1"), "All");
      await context.sync();
    });
    expect(host.getFormulas("Leer", "A5:C5")).toEqual([[1, "=A5+1", "=$A$1"]]);
    expect(host.getFormats("Leer", "A5")[0]?.[0]?.numberFormat).toBe("0.00");
  });

  it("keeps names and settings, and turns a name of a deleted sheet into #REF!", async () => {
    const host = newHost();
    const read = await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Leer");
      context.workbook.names.add("SR_Block", sheet.getRange("A1:C4"));
      context.workbook.settings.add("einstellung", { version: 1, liste: [1, 2] });
      const name = context.workbook.names.getItem("SR_Block").load("formula");
      const setting = context.workbook.settings.getItem("einstellung").load("value");
      await context.sync();
      return [name.formula, setting.value];
    });
    expect(read).toEqual(["=Leer!$A$1:$C$4", { version: 1, liste: [1, 2] }]);
    await run(host, async (context) => {
      context.workbook.worksheets.getItem("Leer").delete();
      await context.sync();
    });
    expect(host.names).toEqual([{ name: "SR_Block", reference: "#REF!" }]);
  });
});

describe("when cells change", () => {
  it("fires worksheet and table handlers for local and remote edits, and not elsewhere", async () => {
    const host = newHost();
    const seen: string[] = [];
    const record = async (
      e: Excel.WorksheetChangedEventArgs | Excel.TableChangedEventArgs
    ): Promise<void> => {
      seen.push(`${e.type}:${e.source}:${e.address}`);
    };
    const results = await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Daten");
      const r = [
        sheet.onChanged.add(record),
        context.workbook.tables.getItem("tblDaten").onChanged.add(record),
      ];
      await context.sync();
      return r;
    });
    await host.editCell("Daten", "B2", 11, { source: "Local" });
    await host.editCell("Daten", "D9", "Notiz", { source: "Remote" });
    await host.editCell("Leer", "A1", 1, { source: "Remote" });
    expect(seen).toEqual([
      "WorksheetChanged:Local:B2",
      "TableChanged:Local:B2",
      "WorksheetChanged:Remote:D9",
    ]);
    await host.run(results, async (context: Ctx) => {
      results.forEach((r) => r.remove());
      await context.sync();
    });
    await host.editCell("Daten", "B2", 12, { source: "Remote" });
    expect(seen).toHaveLength(3);
  });

  it("fires for the add-in's own writes, marked as ThisLocalAddin", async () => {
    const host = newHost();
    const seen: Excel.WorksheetChangedEventArgs[] = [];
    await run(host, async (context) => {
      context.workbook.worksheets.onChanged.add(async (e) => void seen.push(e));
      await context.sync();
      context.workbook.worksheets.getItem("Leer").getRange("B2:C3").values = [
        [1, 2],
        [3, 4],
      ];
      await context.sync();
    });
    await host.flushEvents();
    expect(seen).toEqual([
      expect.objectContaining({
        address: "B2:C3",
        source: "Local",
        triggerSource: "ThisLocalAddin",
      }),
    ]);
  });
});

describe("when installed as globals", () => {
  it("sets Excel, OfficeExtension and Office and restores them", async () => {
    const target: Record<string, unknown> = { Office: "vorher" };
    const host = newHost();
    const uninstall = installExcelHost(target, host);
    const excel = target.Excel as { run: (b: (c: Ctx) => Promise<number>) => Promise<number> };
    expect(await excel.run(async () => 7)).toBe(7);
    expect(target.OfficeExtension).toBeDefined();
    uninstall();
    expect(target).toEqual({ Office: "vorher" });
  });
});
