/** @jest-environment ./test/taskpane/browser-environment.ts */
/**
 * The "Füllen" section: the region totals after a fill, nothing written on an error, the steps
 * while it runs, undo, and a refused write.
 */
import { act } from "@testing-library/react";
import { HostError } from "../../src/adapters/officejs/index";
import type { InputMapping, OutputPlan, TaskpaneHost } from "../../src/workbook/index";
import type { ExcelHost } from "../support/excel-host";
import {
  firstCheck,
  issueSection,
  renderPane,
  sampleWithTextNumber,
  sampleWorkbook,
  screen,
  waitFor,
  within,
} from "./helpers";

const REGION_SHEETS = ["Region 1", "Region 2", "Region 3", "Übersicht"];

/** The amount in the "Gesamt" row of a region sheet's block (column F). */
function regionTotal(excel: ExcelHost, sheet: string): unknown {
  const rows = excel.getValues(sheet, "A1:F30");
  return rows.find((row) => row[0] === "Gesamt")?.[5];
}

async function openFillTab(user: ReturnType<typeof renderPane>["user"]): Promise<void> {
  await firstCheck();
  await user.click(screen.getByRole("tab", { name: "Füllen" }));
}

describe("when the inputs are valid", () => {
  it("can fill the region sheets and show each region's total and the district total", async () => {
    const { excel, host } = sampleWorkbook();
    const { user } = renderPane(host);
    await openFillTab(user);

    await user.click(screen.getByRole("button", { name: "Regionsblätter füllen" }));

    const table = await screen.findByRole("table", { name: "Budget je Region" });
    const rows = within(table)
      .getAllByRole("row")
      .map((row) => row.textContent?.replace(/\s/g, " "));
    // The golden report's region totals (test/fixtures/golden/sample-report.json), in de-DE.
    expect(rows).toEqual([
      "RegionGesamt",
      "Region 11.009.005,32 €",
      "Region 21.095.119,98 €",
      "Region 3824.352,24 €",
      "Kreis gesamt2.928.477,54 €",
    ]);
    expect(screen.getByText("Regionsblätter gefüllt um 14:03:12")).toBeInTheDocument();
    expect(screen.getByText("Haushaltsjahr 2027 · Modell BELASTUNG")).toBeInTheDocument();
    expect(excel.sheetNames).toEqual(expect.arrayContaining(REGION_SHEETS));
    expect(regionTotal(excel, "Region 1")).toBe(1009005.32);
  });

  it("can undo the fill, removing the sheets the fill created", async () => {
    const { excel, host } = sampleWorkbook();
    const { user } = renderPane(host);
    await openFillTab(user);
    const undo = screen.getByRole("button", { name: "Rückgängig" });
    expect(undo).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Regionsblätter füllen" }));
    await waitFor(() => expect(undo).toBeEnabled());

    await user.click(undo);

    await screen.findByText(
      "Die letzte Füllung ist rückgängig gemacht; die dabei angelegten Blätter sind entfernt."
    );
    expect(excel.sheetNames.filter((sheet) => REGION_SHEETS.includes(sheet))).toEqual([]);
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    await waitFor(() => expect(undo).toBeDisabled());
  });

  it("can undo a refill, restoring the previous block", async () => {
    const { excel, host } = sampleWorkbook();
    const { user } = renderPane(host);
    await openFillTab(user);
    const fill = screen.getByRole("button", { name: "Regionsblätter füllen" });
    await user.click(fill);
    await screen.findByRole("table");
    const firstFill = excel.getValues("Region 1", "A1:I16");
    // A co-author raises the total budget by 1,000 EUR; the refill changes every region.
    excel.setValues("Parameter", "B3", [[2234000]]);
    await user.click(fill);
    await waitFor(() => expect(regionTotal(excel, "Region 1")).not.toBe(1009005.32));

    await user.click(screen.getByRole("button", { name: "Rückgängig" }));

    await screen.findByText(
      // A refill also rewrites the Protokoll (one more row), so undo restores it too.
      "Die letzte Füllung ist rückgängig gemacht. Wiederhergestellt: Region 1, Region 2, Region 3, Übersicht und Protokoll."
    );
    expect(excel.getValues("Region 1", "A1:I16")).toEqual(firstFill);
  });
});

describe("when a fill is logged", () => {
  it.each([
    ["Anna Schmidt", "Im Blatt »Protokoll« protokolliert, Benutzer Anna Schmidt."],
    [null, "Im Blatt »Protokoll« protokolliert."],
  ])("can append a Protokoll row naming the user %j and say so", async (userName, note) => {
    const { excel, host } = sampleWorkbook();
    const named: TaskpaneHost = Object.assign(Object.create(host) as TaskpaneHost, {
      getUserName: () => userName,
    });
    const { user } = renderPane(named);
    await openFillTab(user);

    await user.click(screen.getByRole("button", { name: "Regionsblätter füllen" }));

    expect(await screen.findByText(note)).toBeInTheDocument();
    const rows = excel.getValues("Protokoll", "A1:I3");
    expect(rows[0]?.slice(0, 4)).toEqual(["Zeitpunkt", "Benutzer", "Haushaltsjahr", "Modell"]);
    // One data row: the user (empty when the host does not know the name), year and model.
    expect(rows[1]?.slice(1, 4)).toEqual([userName ?? "", 2027, "BELASTUNG"]);
    expect(rows[2]?.every((value) => value === "")).toBe(true);
  });
});

describe("when the inputs have an error", () => {
  it("can refuse to write anything and list the errors", async () => {
    const { excel, host } = sampleWithTextNumber();
    const { user } = renderPane(host);
    await openFillTab(user);
    const before = excel.dump();

    await user.click(screen.getByRole("button", { name: "Regionsblätter füllen" }));

    await screen.findByText("Nichts geschrieben");
    expect(screen.getByText(/Die Prüfung hat 1 Fehler gefunden/)).toBeInTheDocument();
    expect(
      within(issueSection(/^Fehler \(1\)$/)).getByRole("button", { name: /^C4 / })
    ).toBeInTheDocument();
    expect(excel.dump()).toEqual(before);
  });
});

describe("when a fill is under way", () => {
  it("can show each step it is in: Lesen, Prüfen, Schreiben", async () => {
    const { host } = sampleWorkbook();
    // Each port call waits at a gate the test opens, so every step stays visible.
    const gates: (() => void)[] = [];
    const gate = () => new Promise<void>((open) => gates.push(open));
    const openGate = async () => {
      await waitFor(() => expect(gates).toHaveLength(1));
      await act(async () => gates.shift()?.());
    };
    const slowHost: TaskpaneHost = Object.assign(Object.create(host) as TaskpaneHost, {
      readInputs: async (mapping: InputMapping) => {
        const snapshot = await host.readInputs(mapping);
        await gate();
        return snapshot;
      },
      readOutputState: async (names: readonly string[]) => {
        await gate();
        return host.readOutputState(names);
      },
      writePlan: async (plan: OutputPlan) => {
        await gate();
        await host.writePlan(plan);
      },
    });
    const { user } = renderPane(slowHost);
    await user.click(screen.getByRole("tab", { name: "Füllen" }));
    await openGate();
    await firstCheck();

    await user.click(screen.getByRole("button", { name: "Regionsblätter füllen" }));

    for (const [index, step] of [
      [1, "Lesen"],
      [2, "Prüfen"],
      [3, "Schreiben"],
    ] as const) {
      const name = `Schritt ${index} von 3: ${step} …`;
      const progress = await screen.findByRole("progressbar", { name });
      expect(progress).toHaveAttribute("aria-valuenow", String(index / 3));
      await openGate();
    }
    await screen.findByRole("table", { name: "Budget je Region" });
    expect(screen.queryByRole("progressbar", { name: /^Schritt/ })).not.toBeInTheDocument();
  });
});

describe("when Excel refuses to write", () => {
  it("can show the German message and keep the workbook as it was", async () => {
    const { excel, host } = sampleWorkbook();
    const { user } = renderPane(host);
    await openFillTab(user);
    const fill = screen.getByRole("button", { name: "Regionsblätter füllen" });
    await user.click(fill);
    await screen.findByRole("table");
    excel.setValues("Parameter", "B3", [[2234000]]);
    excel.protectSheet("Region 2");
    const before = excel.dump();

    await user.click(fill);

    const message = await screen.findByText(/geschützt/);
    expect(message.textContent).toMatch(/Heben Sie den Blattschutz auf/);
    expect(excel.dump()).toEqual(before);
  });

  it("can show a host error thrown by the port as it is", async () => {
    const { host } = sampleWorkbook();
    const failing: TaskpaneHost = Object.assign(Object.create(host) as TaskpaneHost, {
      writePlan: () =>
        Promise.reject(new HostError("CONNECTION_LOST", "Die Verbindung zu Excel ist weg.")),
    });
    const { user } = renderPane(failing);
    await openFillTab(user);

    await user.click(screen.getByRole("button", { name: "Regionsblätter füllen" }));

    expect(await screen.findByText("Die Verbindung zu Excel ist weg.")).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });
});
