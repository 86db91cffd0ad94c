/** @jest-environment ./test/taskpane/browser-environment.ts */
/**
 * "Beraten → Mehrjahresplan": the sample's phase-out (start 2026, four years) year by year and
 * writing the Mehrjahresplan sheet.
 */
import { firstCheck, renderPane, sampleWorkbook, screen, within } from "../helpers";

async function openPlan(user: ReturnType<typeof renderPane>["user"]): Promise<void> {
  await firstCheck();
  await user.click(screen.getByRole("tab", { name: "Beraten" }));
  await user.click(screen.getByRole("tab", { name: "Mehrjahresplan" }));
}

function rowTexts(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole("row")
    .map((row) => (row.textContent ?? "").replace(/\s/g, " "));
}

describe("when the sample's compensation is phased out over four years", () => {
  it("can show the compensation of the three losers per year with the totals", async () => {
    const { host } = sampleWorkbook();
    const { user } = renderPane(host);
    await openPlan(user);

    const table = await screen.findByRole("table", { name: "Ausgleich je Gemeinde (Euro)" });
    // comp(t) = loss · (4 − t)/4 to the cent: Scharnebeck's loss 9,136.98 → 6,852.74 (¾, 6852.735
    // half-up), 4,568.49 (½), 2,284.25 (¼, 2284.245 half-up), 0.
    expect(rowTexts(table)).toEqual([
      "Gemeinde20262027202820292030",
      "SG Scharnebeck9.136,986.852,744.568,492.284,250,00",
      "SG Bardowick19.641,2814.730,969.820,644.910,320,00",
      "SG Gellersen16.699,2812.524,468.349,644.174,820,00",
      "Summe Ausgleich45.477,5434.108,1622.738,7711.369,390,00",
    ]);
    expect(screen.getByText("Ohne Ausgleich: 7 weitere Gemeinden.")).toBeInTheDocument();
  });

  it("can show the freed amounts per region, which add up to what the compensation dropped", async () => {
    const { host } = sampleWorkbook();
    const { user } = renderPane(host);
    await openPlan(user);

    const table = await screen.findByRole("table", { name: "Freigesetzt je Region (Euro)" });
    // F(t) = 45,477.54 − Σ comp(t): 2027 → 11,369.38 = 3,963.48 + 4,216.96 + 3,188.94.
    expect(rowTexts(table)).toEqual([
      "Region20262027202820292030",
      "Region 10,003.963,487.926,9611.890,4315.853,91",
      "Region 20,004.216,968.433,9212.650,8916.867,85",
      "Region 30,003.188,946.377,899.566,8312.755,78",
      "Summe freigesetzt0,0011.369,3822.738,7734.108,1545.477,54",
    ]);
  });

  it("can write the Mehrjahresplan sheet", async () => {
    const { excel, host } = sampleWorkbook();
    const { user } = renderPane(host);
    await openPlan(user);

    await user.click(
      screen.getByRole("button", { name: "Mehrjahresplan in Arbeitsmappe schreiben" })
    );

    await screen.findByText("Blatt »Mehrjahresplan« geschrieben.");
    expect(excel.sheetNames).toContain("Mehrjahresplan");
  });
});

describe("when there are no phase-out years", () => {
  it("can say that no municipality receives compensation", async () => {
    const { excel, host } = sampleWorkbook();
    // tblParameter's last row, Abschmelzjahre (B14), set to 0.
    excel.setValues("Parameter", "B14", [[0]]);
    const { user } = renderPane(host);
    await openPlan(user);

    expect(
      await screen.findByText(
        "Keine Gemeinde erhält einen Ausgleich (oder »Abschmelzjahre« ist 0)."
      )
    ).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });
});
