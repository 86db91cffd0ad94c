/**
 * OfficeTaskpaneHost.applyInputEdits against the in-memory host: adopting a model, bounds or
 * weights checks, then writes every cell (two round trips), protects text Excel would misread,
 * appends a row to a table only where the workbook layer asks for one – by writing the row below
 * the table, never with rows.add, and never into a calculated column – and refuses before
 * writing anything when a sheet is protected or the row below a table is taken.
 */
import { OfficeTaskpaneHost } from "../../../src/adapters/officejs";
import { Dec } from "../../../src/core/decimal";
import { DEFAULT_MAPPING, type InputEdits, planInputEdits } from "../../../src/workbook";
import { SAMPLE_DATA, type SampleData } from "../../support/excel-host";
import { rejection, useHost } from "./helpers";

/** The sample without the parameter row "Belastungsfaktor Untergrenze" (a workbook predating it). */
const WITHOUT_FLOOR: SampleData = {
  ...SAMPLE_DATA,
  parameter: SAMPLE_DATA.parameter.filter((p) => p["Parameter"] !== "Belastungsfaktor Untergrenze"),
};

describe("when only existing cells are adopted", () => {
  it("checks, then writes every cell: two round trips, no table row", async () => {
    const host = useHost();
    const port = new OfficeTaskpaneHost();
    const edits: InputEdits = {
      cells: [
        { sheet: "Parameter", cell: "B4", value: "SOCKEL" },
        { sheet: "Parameter", cell: "B8", value: 0.8 },
        { sheet: "Indikatoren", cell: "G2", value: 0.5 },
      ],
      appendRows: [],
    };
    const syncs = host.syncCount;
    await port.applyInputEdits(edits);
    expect(host.syncCount - syncs).toBe(2);
    expect(host.requests[syncs]?.actions.every((a) => a.kind === "query")).toBe(true);
    expect(host.tableRowAdds).toBe(0);
    // B4 Finanzierungsmodell and B8 Belastungsfaktor Untergrenze changed; B5:B7 as seeded.
    expect(host.getValues("Parameter", "B4:B8")).toEqual([
      ["SOCKEL"],
      ["Einwohner unter 21"],
      [100000],
      [0.05],
      [0.8],
    ]);
    expect(host.getValues("Indikatoren", "G2")).toEqual([[0.5]]);
  });

  it.each(["2027", "2027-01-31", "1/31/2027", "=1+1", "TRUE", "#N/A", "5%", "SOCKEL"])(
    "keeps the text %s as text (typed, it could become a number, date, formula, boolean or error)",
    async (text) => {
      const host = useHost();
      await new OfficeTaskpaneHost().applyInputEdits({
        cells: [{ sheet: "Parameter", cell: "B4", value: text }],
        appendRows: [],
      });
      expect(host.getValues("Parameter", "B4")).toEqual([[text]]);
      expect(host.getValueTypes("Parameter", "B4")).toEqual([["String"]]);
    }
  );

  it("empties a cell for null (a bound taken back)", async () => {
    const host = useHost();
    await host.editCell("Parameter", "B8", 0.9, { source: "Local" });
    await new OfficeTaskpaneHost().applyInputEdits({
      cells: [{ sheet: "Parameter", cell: "B8", value: null }],
      appendRows: [],
    });
    expect(host.getValueTypes("Parameter", "B8")).toEqual([["Empty"]]);
  });

  it("makes readInputs see the adopted values the workbook layer planned", async () => {
    useHost();
    const port = new OfficeTaskpaneHost();
    const before = await port.readInputs(DEFAULT_MAPPING);
    const indicator = SAMPLE_DATA.indikatoren.namen[0] as string;
    const edits = planInputEdits(before, {
      model: "SOCKEL",
      cap: new Dec("1.25"),
      weights: [{ indicator, weight: new Dec("0.5") }],
    });
    await port.applyInputEdits(edits);
    const after = await port.readInputs(DEFAULT_MAPPING);
    const parameters = after.tables.parameters?.rows ?? [];
    // tblParameter rows 3 and 8 (0-based 2 and 7): Finanzierungsmodell and the upper bound.
    expect(parameters[2]).toEqual(["Finanzierungsmodell", "SOCKEL"]);
    expect(parameters[7]).toEqual(["Belastungsfaktor Obergrenze", 1.25]);
    expect(after.tables.weights?.rows[0]).toEqual([indicator, 0.5]);
  });
});

describe("when a needed parameter row is missing", () => {
  it("writes it into the row below the table, which Excel takes into the table", async () => {
    const host = useHost(WITHOUT_FLOOR);
    const port = new OfficeTaskpaneHost();
    const snapshot = await port.readInputs(DEFAULT_MAPPING);
    const edits = planInputEdits(snapshot, { model: "SOCKEL", floor: new Dec("0.8") });
    expect(edits.appendRows).toEqual([
      { table: "tblParameter", sheet: "Parameter", values: ["Belastungsfaktor Untergrenze", 0.8] },
    ]);
    const syncs = host.syncCount;
    await port.applyInputEdits(edits);
    expect(host.syncCount - syncs).toBe(2);
    expect(host.tableRowAdds).toBe(0);
    // 12 parameter rows below the header (A1) end in row 13; the appended one is row 14.
    expect(host.tables.find((t) => t.name === "tblParameter")?.address).toBe("Parameter!A1:B14");
    expect(host.getValues("Parameter", "A14:B14")).toEqual([["Belastungsfaktor Untergrenze", 0.8]]);
    const after = await port.readInputs(DEFAULT_MAPPING);
    expect(after.tables.parameters?.rows).toHaveLength(13);
  });

  it("adds several rows of one table, one below the other", async () => {
    const host = useHost();
    await new OfficeTaskpaneHost().applyInputEdits({
      cells: [],
      appendRows: [
        { table: "tblGewichte", sheet: "Indikatoren", values: ["Neu A", 0.1] },
        { table: "tblGewichte", sheet: "Indikatoren", values: ["Neu B", 0.2] },
      ],
    });
    expect(host.tableRowAdds).toBe(0);
    // tblGewichte F1:G4 grows by two rows to F1:G6.
    expect(host.tables.find((t) => t.name === "tblGewichte")?.address).toBe("Indikatoren!F1:G6");
    expect(host.getValues("Indikatoren", "F5:G6")).toEqual([
      ["Neu A", 0.1],
      ["Neu B", 0.2],
    ]);
  });
});

describe("when the table has a calculated column", () => {
  it("leaves that column to Excel, which fills its formula into the new row", async () => {
    const host = useHost();
    // tblGewichte F1:G4 gets a third column "Prozent" = Gewicht × 100 in every body row.
    host.setValues("Indikatoren", "H1:H4", [["Prozent"], ["=G2*100"], ["=G3*100"], ["=G4*100"]]);
    host.resizeTable("tblGewichte", "F1:H4");
    const syncs = host.syncCount;
    await new OfficeTaskpaneHost().applyInputEdits({
      cells: [],
      appendRows: [{ table: "tblGewichte", sheet: "Indikatoren", values: ["Neu", 0.25, null] }],
    });
    const written = host.requests[syncs + 1]?.actions.map((a) => a.label) ?? [];
    expect(written).toHaveLength(2);
    expect(written.some((label) => label.includes("getRangeByIndexes(4, 7"))).toBe(false);
    expect(host.tables.find((t) => t.name === "tblGewichte")?.address).toBe("Indikatoren!F1:H5");
    expect(host.getFormulas("Indikatoren", "F5:H5")).toEqual([["Neu", 0.25, "=G5*100"]]);
    expect(host.getValues("Indikatoren", "H5")).toEqual([[25]]);
  });
});

describe("when the row below a table is taken", () => {
  it("refuses in German and writes nothing, not even the other cells", async () => {
    const host = useHost(WITHOUT_FLOOR);
    host.setValues("Parameter", "A14", [["Notiz: Stand 1. März"]]);
    const port = new OfficeTaskpaneHost();
    const edits = planInputEdits(await port.readInputs(DEFAULT_MAPPING), {
      model: "SOCKEL",
      floor: new Dec("0.8"),
    });
    const before = host.dump();
    const error = await rejection(port.applyInputEdits(edits));
    expect(error).toMatchObject({
      code: "NO_ROOM_BELOW_TABLE",
      message:
        "Direkt unter der Tabelle »tblParameter« ist kein Platz für neue Zeilen: Parameter!A14:B14 " +
        "ist nicht leer. Verschieben Sie diese Einträge und übernehmen Sie erneut; es wurde nichts geändert.",
    });
    expect(host.dump()).toEqual(before);
  });
});

describe("when Excel refuses the edits", () => {
  it("names the protection in German and writes nothing", async () => {
    const host = useHost();
    host.protectSheet("Parameter");
    const before = host.dump();
    const error = await rejection(
      new OfficeTaskpaneHost().applyInputEdits({
        cells: [
          { sheet: "Indikatoren", cell: "G2", value: 0.5 },
          { sheet: "Parameter", cell: "B4", value: "SOCKEL" },
        ],
        appendRows: [],
      })
    );
    expect(error).toMatchObject({
      code: "SHEET_PROTECTED",
      message: expect.stringContaining("Blattschutz aufheben"),
    });
    expect(host.dump()).toEqual(before);
  });

  it("reports a table deleted meanwhile as a change by someone else", async () => {
    useHost();
    const error = await rejection(
      new OfficeTaskpaneHost().applyInputEdits({
        cells: [],
        appendRows: [{ table: "tblFehlt", sheet: "Parameter", values: ["Korridor", 0.1] }],
      })
    );
    expect(error).toMatchObject({ code: "CHANGED_MEANWHILE" });
  });
});
