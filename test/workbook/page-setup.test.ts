import {
  pageNameFor,
  pageSetupFor,
  titleRowsReference,
  withPageOwnership,
  withPageSetup,
  type PlanMeta,
  type PlannedSheet,
} from "../../src/workbook";

const META: PlanMeta = {
  filledAt: new Date(Date.UTC(2026, 10, 22, 13, 3, 0)),
  productVersion: "0.1.0",
  checksum: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
};

function sheet(name: string, freezeRows: number): PlannedSheet {
  return { name, cells: [], extent: { rows: 0, columns: 0 }, columnWidths: [], freezeRows };
}

describe("pageSetupFor", () => {
  it("repeats the frozen rows and names year, sheet, time and checksum", () => {
    const page = pageSetupFor(sheet("Modellvergleich", 3), 2027, META);
    expect(page.titleRows).toEqual({ first: 1, last: 3 });
    expect(titleRowsReference(page)).toBe("$1:$3");
    expect(page.centerHeader).toBe("Sozialraumbudget 2027 – Modellvergleich");
    expect(page.leftFooter).toBe("berechnet am 22.11.2026, 14:03 · Prüfsumme 0123456789abcdef");
    expect(page.rightFooter).toBe("Seite &P von &N");
  });

  it("writes an ampersand of a region name as Excel's literal &&", () => {
    expect(pageSetupFor(sheet("Nord & Süd", 2), 2027, META).centerHeader).toBe(
      "Sozialraumbudget 2027 – Nord && Süd"
    );
  });

  it("repeats at least the first row of a sheet without frozen rows", () => {
    expect(pageSetupFor(sheet("Blatt", 0), 2027, META).titleRows).toEqual({ first: 1, last: 1 });
  });
});

describe("withPageOwnership", () => {
  const planned = withPageSetup(sheet("Region 1", 2), 2027, META);

  it.each([
    ["a sheet the fill creates", undefined, true],
    ["a sheet the add-in created before", { name: "Region 1", values: [], pageOwned: true }, true],
    ["a sheet with page settings someone changed", { name: "Region 1", values: [] }, false],
    [
      "a sheet whose page settings are Excel's defaults",
      { name: "Region 1", values: [], pageUntouched: true },
      true,
    ],
    [
      "a sheet filled before the print layout existed, page settings untouched",
      { name: "Region 1", values: [], block: { rows: 16, columns: 9 }, pageUntouched: true },
      true,
    ],
  ])("on %s keeps the page setup: %s", (_what, state, kept) => {
    expect(withPageOwnership(planned, state).page !== undefined).toBe(kept);
  });
});

describe("pageNameFor", () => {
  it.each([
    ["Region 1", "SR_Druck_Region_00201"],
    ["Übersicht", "SR_Druck__00DCbersicht"],
  ])("marks %s as %s", (name, marker) => {
    expect(pageNameFor(name)).toBe(marker);
  });
});
