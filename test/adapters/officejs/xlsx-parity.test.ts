/**
 * The Office.js adapter and the .xlsx adapter write the same output for the same input: the
 * sample data goes into an ExcelJS workbook and into the in-memory Excel host with the same
 * layout, both are filled (and, separately, get the Modellvergleich and the Mehrjahresplan
 * written), and every written block is compared cell by cell (formulas, values,
 * number formats, the look of each style), together with block names, column widths and frozen
 * rows. The host also calculates the check formulas, which must give the results the .xlsx
 * adapter stores as cached values.
 */
import ExcelJS from "exceljs";
import { OfficeWorkbook, toColumnPoints } from "../../../src/adapters/officejs";
import { splitSheetAddress } from "../../../src/adapters/officejs/address";
import { XlsxWorkbook } from "../../../src/adapters/xlsx";
import {
  DEFAULT_MAPPING,
  blockRange,
  type OutputPlan,
  type WorkbookPort,
  writeComparison,
  writePhaseOutPlan,
} from "../../../src/workbook";
import {
  type ExcelHost,
  SAMPLE_DATA,
  type SampleData,
  generateSampleData,
} from "../../support/excel-host";
import { type Look, hostLook, xlsxLook } from "../looks";
import { RUN, fill, useHost } from "./helpers";

type Scalar = string | number | boolean | null;

/** The sample layout (same positions as seedWorkbook) in an ExcelJS workbook. */
function excelJsWorkbook(data: SampleData): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const put = (
    sheet: ExcelJS.Worksheet,
    name: string,
    ref: string,
    headers: string[],
    rows: readonly Record<string, Scalar>[]
  ): void => {
    sheet.addTable({
      name,
      ref,
      headerRow: true,
      columns: headers.map((h) => ({ name: h })),
      rows: rows.map((row) => headers.map((h) => row[h] ?? null)),
    });
  };
  const indicatorHeaders = ["Gemeinde", ...data.indikatoren.namen];
  put(
    workbook.addWorksheet("Stammdaten"),
    "tblGemeinden",
    "A1",
    ["Gemeinde", "Region", "Sozialraumträger", "Einwohner", "Einwohner unter 21", "Budget Vorjahr"],
    data.gemeinden
  );
  const indicators = workbook.addWorksheet("Indikatoren");
  put(indicators, "tblIndikatoren", "A1", indicatorHeaders, data.indikatoren.werte);
  put(indicators, "tblGewichte", "F1", ["Indikator", "Gewicht"], data.gewichte);
  const usage = workbook.addWorksheet("Verwendung");
  put(
    usage,
    "tblVerwendung",
    "A1",
    [
      "Gemeinde",
      "Betriebskosten",
      "Sachkosten",
      "Netzwerktätigkeit",
      "Angebote und Projekte",
      "Summe",
    ],
    data.verwendung
  );
  put(usage, "tblZuordnung", "I1", ["Kategorie", "Anteil gebunden"], data.zuordnung);
  put(
    workbook.addWorksheet("Parameter"),
    "tblParameter",
    "A1",
    ["Parameter", "Wert"],
    data.parameter
  );
  return workbook;
}

/** One cell as both adapters can describe it. */
interface CellPicture {
  formula: string | null;
  value: unknown;
  numberFormat: string;
  look: Look;
}

function xlsxPicture(sheet: ExcelJS.Worksheet, row: number, column: number): CellPicture {
  const cell = sheet.getCell(row + 1, column + 1);
  const raw = cell.value as ExcelJS.CellValue;
  const isFormula = raw !== null && typeof raw === "object" && "formula" in raw;
  return {
    formula: isFormula ? `=${raw.formula}` : null,
    value: isFormula ? (raw.result ?? null) : (raw ?? ""),
    numberFormat: cell.numFmt ?? "General",
    look: xlsxLook(cell),
  };
}

/** A write of the workbook layer through a port; returns the plan it wrote, if any. */
type Operation = (port: WorkbookPort) => Promise<{ readonly plan?: OutputPlan }>;

const OPERATIONS: [string, Operation][] = [
  ["filled", fill],
  ["given the Modellvergleich", (port) => writeComparison(port, RUN)],
  ["given the Mehrjahresplan", (port) => writePhaseOutPlan(port, RUN)],
];

const DATA: [string, SampleData][] = [
  ["the sample", SAMPLE_DATA],
  ["45 generated municipalities", generateSampleData(45)],
];

async function planOf(written: Promise<{ readonly plan?: OutputPlan }>): Promise<OutputPlan> {
  const result = await written;
  if (!result.plan) throw new Error(`not written: ${JSON.stringify(result)}`);
  return result.plan;
}

async function writeBoth(
  data: SampleData,
  operation: Operation
): Promise<{ host: ExcelHost; office: OutputPlan; xlsx: ExcelJS.Workbook; xlsxPlan: OutputPlan }> {
  const workbook = excelJsWorkbook(data);
  const xlsxPlan = await planOf(operation(XlsxWorkbook.of(workbook)));
  const host = useHost(data);
  const office = await planOf(operation(new OfficeWorkbook()));
  return { host, office, xlsx: workbook, xlsxPlan };
}

describe.each(DATA)("when %s is read by both adapters", (_label, data) => {
  it("reads the same inputs", async () => {
    const xlsxSnapshot = await XlsxWorkbook.of(excelJsWorkbook(data)).readInputs(DEFAULT_MAPPING);
    useHost(data);
    const officeSnapshot = await new OfficeWorkbook().readInputs(DEFAULT_MAPPING);
    expect(officeSnapshot).toEqual(xlsxSnapshot);
  });
});

describe.each(
  DATA.flatMap(([label, data]) =>
    OPERATIONS.map(([what, operation]) => [label, what, data, operation] as const)
  )
)("when %s is %s by both adapters", (_label, _what, data, operation) => {
  it("writes identical blocks: formulas, values, number formats and styles", async () => {
    const { host, office, xlsx, xlsxPlan } = await writeBoth(data, operation);
    expect(office).toEqual(xlsxPlan);
    for (const planned of office.sheets) {
      const range = blockRange(planned.extent);
      const formulas = host.getFormulas(planned.name, range);
      const values = host.getValues(planned.name, range);
      const formats = host.getFormats(planned.name, range);
      const sheet = xlsx.getWorksheet(planned.name) as ExcelJS.Worksheet;
      const officeCells: CellPicture[][] = formulas.map((row, r) =>
        row.map((formula, c) => {
          const isFormula = typeof formula === "string" && formula.startsWith("=");
          const f = formats[r]?.[c] as ReturnType<ExcelHost["getFormats"]>[number][number];
          return {
            formula: isFormula ? formula : null,
            value: values[r]?.[c],
            numberFormat: f.numberFormat,
            look: hostLook(f),
          };
        })
      );
      const xlsxCells = formulas.map((row, r) => row.map((_, c) => xlsxPicture(sheet, r, c)));
      expect(officeCells).toEqual(xlsxCells);
    }
  });

  it("records the same block names, column widths and frozen rows", async () => {
    const { host, office, xlsx } = await writeBoth(data, operation);
    // Quoting a sheet name is optional where it is a plain word ('Übersicht' = Übersicht).
    const unquoted = (reference: string): unknown =>
      splitSheetAddress(reference.replace(/\$/g, ""));
    const xlsxNames = xlsx.definedNames.model.map((n) => ({
      name: n.name,
      reference: unquoted(n.ranges[0] ?? ""),
    }));
    // The order of defined names means nothing to Excel; the adapters add them in other orders.
    const byName = (a: { name: string }, b: { name: string }): number =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
    expect(
      host.names.map((n) => ({ name: n.name, reference: unquoted(n.reference) })).sort(byName)
    ).toEqual(xlsxNames.sort(byName));
    for (const planned of office.sheets) {
      const sheet = xlsx.getWorksheet(planned.name) as ExcelJS.Worksheet;
      const widths = planned.columnWidths.map((_, c) =>
        toColumnPoints(sheet.getColumn(c + 1).width ?? 0)
      );
      expect(host.getColumnWidths(planned.name, planned.columnWidths.length)).toEqual(widths);
      const view = sheet.views[0] as { ySplit?: number } | undefined;
      expect(host.sheetInfo(planned.name).frozenRows).toBe(view?.ySplit ?? 0);
    }
  });

  it("prints the same: orientation, fit, title rows, header and footer", async () => {
    const { host, office, xlsx } = await writeBoth(data, operation);
    for (const planned of office.sheets) {
      const sheet = xlsx.getWorksheet(planned.name) as ExcelJS.Worksheet;
      const layout = host.getPageLayout(planned.name);
      const texts = "headersFooters.defaultForAllPages.";
      expect({
        orientation: String(layout.orientation).toLowerCase(),
        wide: (layout.zoom as { horizontalFitToPages?: number }).horizontalFitToPages,
        titles: String(layout.printTitleRows).replace(/\$/g, ""),
        header: `&C${String(layout[`${texts}centerHeader`])}`,
        footer: `&L${String(layout[`${texts}leftFooter`])}&R${String(layout[`${texts}rightFooter`])}`,
      }).toEqual({
        orientation: sheet.pageSetup.orientation,
        wide: sheet.pageSetup.fitToWidth,
        titles: sheet.pageSetup.printTitlesRow,
        header: sheet.headerFooter.oddHeader,
        footer: sheet.headerFooter.oddFooter,
      });
    }
  });
});
