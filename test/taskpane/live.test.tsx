/** @jest-environment ./test/taskpane/browser-environment.ts */
/**
 * Live mode on jest's fake timers: edits of the input tables (this user's and co-authors') give
 * one debounced check; with "Automatisch aktualisieren" a valid change refills the region sheets
 * and an invalid one writes nothing.
 */
import { act, fireEvent } from "@testing-library/react";
import { fillWorkbook } from "../../src/workbook/index";
import type { ExcelHost } from "../support/excel-host";
import type { Workbook } from "./helpers";
import {
  CHECK_TIME,
  firstCheck,
  renderPane,
  sampleWorkbook,
  screen,
  verdict,
  waitFor,
} from "./helpers";

const DEBOUNCE_MS = 600;

beforeEach(() => {
  jest.useFakeTimers();
});

afterEach(() => {
  jest.useRealTimers();
});

/** Renders the pane on the sample and waits until it checked once and listens to changes. */
async function livePane(workbook: Workbook = sampleWorkbook()) {
  const rendered = renderPane(workbook.host, {}, { fakeTimers: true });
  await firstCheck();
  await screen.findByText("Live");
  const readInputs = jest.spyOn(workbook.host, "readInputs");
  return { ...workbook, ...rendered, readInputs };
}

/** A co-author (or this user) types into a cell; resolves when the pane has seen the event. */
async function edit(
  excel: ExcelHost,
  sheet: string,
  cell: string,
  value: unknown,
  source: "Local" | "Remote" = "Remote"
): Promise<void> {
  await act(() => excel.editCell(sheet, cell, value, { source }));
}

const realTimers = jest.requireActual<typeof import("node:timers")>("node:timers");

/**
 * Advances the fake clock by `ms`; a check or fill that starts then runs to its end inside the
 * same act(): the in-memory host answers in microtasks, which all run before a real macrotask.
 */
async function advance(ms: number): Promise<void> {
  await act(async () => {
    jest.advanceTimersByTime(ms);
    await new Promise((resolve) => realTimers.setImmediate(resolve));
  });
}

/** The amount in the "Gesamt" row of a region sheet's block (column F). */
function regionTotal(excel: ExcelHost, sheet: string): unknown {
  return excel.getValues(sheet, "A1:F30").find((row) => row[0] === "Gesamt")?.[5];
}

describe("when the inputs change", () => {
  it("can check once, 600 ms after the last of a burst of edits", async () => {
    const { excel, readInputs } = await livePane();

    await edit(excel, "Parameter", "B3", 2234000, "Local");
    await advance(300);
    await edit(excel, "Parameter", "B3", 2233000, "Remote");
    await advance(300);
    await edit(excel, "Verwendung", "A10", "SG Ilmenua", "Remote");
    await advance(DEBOUNCE_MS - 1);
    expect(readInputs).not.toHaveBeenCalled();

    await advance(1);
    await waitFor(() => expect(verdict()).toHaveTextContent("2 Fehler"));
    await advance(10 * DEBOUNCE_MS);
    expect(readInputs).toHaveBeenCalledTimes(1);
  });

  it("can forget a pending check when the pane closes", async () => {
    const { excel, readInputs, unmount } = await livePane();

    await edit(excel, "Parameter", "B3", 2234000);
    unmount();
    await advance(10 * DEBOUNCE_MS);

    expect(readInputs).not.toHaveBeenCalled();
  });

  it("can ignore edits outside the input tables", async () => {
    const { excel, readInputs } = await livePane();
    excel.addSheet("Notizen");

    await edit(excel, "Notizen", "A1", "Sitzung am Dienstag");
    await advance(10 * DEBOUNCE_MS);

    expect(readInputs).not.toHaveBeenCalled();
  });
});

describe("when automatic refill is on", () => {
  it("can refill the region sheets after a co-author's valid change", async () => {
    const { excel, user } = await livePane();
    await user.click(screen.getByRole("tab", { name: "Füllen" }));
    // The fill starts after the click's own act(); advance() runs it to its end inside one.
    fireEvent.click(screen.getByRole("button", { name: "Regionsblätter füllen" }));
    await advance(0);
    await screen.findByRole("table", { name: "Budget je Region" });
    expect(regionTotal(excel, "Region 1")).toBe(1009005.32);
    await user.click(screen.getByRole("switch", { name: "Automatisch aktualisieren" }));

    // What a fill of the changed inputs writes, computed on a copy of the workbook.
    const copy = sampleWorkbook();
    copy.excel.setValues("Parameter", "B3", [[2234000]]);
    const expected = await fillWorkbook(copy.host, { now: CHECK_TIME, productVersion: "1.2.3" });
    const region1 = expected.result?.regions[0]?.total.toNumber();
    expect(region1).not.toBe(1009005.32);

    await edit(excel, "Parameter", "B3", 2234000);
    await advance(DEBOUNCE_MS);

    await waitFor(() => expect(regionTotal(excel, "Region 1")).toBe(region1));
    expect(excel.getValues("Region 1", "A1:I16")).toEqual(
      copy.excel.getValues("Region 1", "A1:I16")
    );
  });

  it("can leave the region sheets alone when the change makes the inputs invalid", async () => {
    const { excel, user } = await livePane();
    await user.click(screen.getByRole("tab", { name: "Füllen" }));
    // The fill starts after the click's own act(); advance() runs it to its end inside one.
    fireEvent.click(screen.getByRole("button", { name: "Regionsblätter füllen" }));
    await advance(0);
    await screen.findByRole("table", { name: "Budget je Region" });
    await user.click(screen.getByRole("switch", { name: "Automatisch aktualisieren" }));
    const before = excel.getValues("Region 1", "A1:I16");

    await edit(excel, "Verwendung", "C4", "viel");
    await advance(DEBOUNCE_MS);

    await screen.findByText("Nichts geschrieben");
    expect(excel.getValues("Region 1", "A1:I16")).toEqual(before);
    expect(screen.getByRole("tab", { name: "Prüfen (1 Fehler)" })).toBeInTheDocument();
  });
});

describe("when automatic refill is off", () => {
  it("can check after a change without writing anything", async () => {
    const { excel } = await livePane();

    await edit(excel, "Parameter", "B3", 2234000);
    await advance(DEBOUNCE_MS);

    await waitFor(() => expect(verdict()).toHaveTextContent("Keine Probleme"));
    expect(excel.sheetNames).not.toContain("Region 1");
  });
});

describe("when live checks are announced to a screen reader", () => {
  it("can stay silent when a co-author's edit leaves the outcome as it was", async () => {
    const notify = jest.fn();
    Object.defineProperty(document, "ariaNotify", { value: notify, configurable: true });
    try {
      const { excel, readInputs } = await livePane();
      await waitFor(() =>
        expect(notify.mock.calls.map(([message]) => message as string)).toEqual([
          "Prüfung: keine Probleme gefunden",
        ])
      );

      // Still valid: checked again, the same outcome, nothing said.
      await edit(excel, "Parameter", "B3", 2234000);
      await advance(DEBOUNCE_MS);
      await waitFor(() => expect(readInputs).toHaveBeenCalledTimes(1));
      // Now invalid: the new outcome is said.
      await edit(excel, "Verwendung", "A10", "SG Ilmenua");
      await advance(DEBOUNCE_MS);
      await waitFor(() => expect(verdict()).toHaveTextContent("2 Fehler"));

      expect(notify.mock.calls.map(([message]) => message as string)).toEqual([
        "Prüfung: keine Probleme gefunden",
        "Prüfung: 2 Fehler",
      ]);
    } finally {
      delete (document as { ariaNotify?: unknown }).ariaNotify;
    }
  });
});
