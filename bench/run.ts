import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { measureBundles } from "./bundles";
import { benchCli, CLI_SAMPLE_TARGET_MS } from "./cli";
import { benchColdStart, COLD_START_TARGET_MS } from "./coldStart";
import { benchEngine, ENGINE_TARGET_MS } from "./engine";
import { benchRoundTrips, ROUND_TRIP_TARGET } from "./roundTrips";
import { benchWhatIf, WHAT_IF_TARGET_MS } from "./whatIf";

/** "erreicht" or "VERFEHLT" for a measured figure against its target. */
function verdict(met: boolean): string {
  return met ? "erreicht" : "VERFEHLT";
}

/**
 * `npm run bench`: measures what the issues set targets for, prints figures and ratios, and writes
 * them to out/bench.json. Timings are medians of repeated runs on this machine; the tests carry no
 * timing assertions, this is where speed is watched.
 */
async function main(): Promise<void> {
  const outDir = join(process.cwd(), "out");
  mkdirSync(outDir, { recursive: true });
  const results: Record<string, unknown> = {
    measuredAt: new Date().toISOString(),
    node: process.version,
  };

  const engine = benchEngine();
  results.engine = { targetMs: ENGINE_TARGET_MS, figures: engine };
  console.log("Engine: Belastungsfaktor → Quote → Modell → Aufteilung → Regionen (Median, ms)");
  console.table(
    engine.map((f) => ({
      Gemeinden: f.municipalities,
      "exakt (decimal.js)": f.exactMs,
      "schnellster/langsamster Lauf": `${f.exactMinMs} / ${f.exactMaxMs}`,
      Läufe: f.runs,
      "number (ungenau)": f.numberMs,
      Faktor: f.ratio,
    }))
  );
  const largest = engine[engine.length - 1]!;
  console.log(
    `n = ${largest.municipalities}: ${largest.exactMs} ms, Ziel < ${ENGINE_TARGET_MS} ms → ${verdict(
      largest.exactMs < ENGINE_TARGET_MS
    )}\n`
  );

  const whatIf = benchWhatIf();
  results.whatIf = { targetMs: WHAT_IF_TARGET_MS, figures: whatIf };
  console.log("Gewichte ausprobieren: ein Schieberegler-Schritt (Vorschau, Median, ms)");
  console.table(whatIf.map((f) => ({ Gemeinden: f.municipalities, "ms je Schritt": f.stepMs })));
  const slowest = whatIf[whatIf.length - 1]!;
  console.log(
    `n = ${slowest.municipalities}: ${slowest.stepMs} ms, Ziel < ${WHAT_IF_TARGET_MS} ms → ${verdict(
      slowest.stepMs < WHAT_IF_TARGET_MS
    )}\n`
  );

  const roundTrips = await benchRoundTrips();
  results.roundTrips = { target: ROUND_TRIP_TARGET, figures: roundTrips };
  console.log("Office.js: context.sync()-Aufrufe je Prüfen-und-Füllen (In-Memory-Excel)");
  console.table(roundTrips.map((f) => ({ Gemeinden: f.municipalities, Roundtrips: f.syncs })));
  console.log(
    `Ziel ≤ ${ROUND_TRIP_TARGET} → ${verdict(roundTrips.every((f) => f.syncs <= ROUND_TRIP_TARGET))}\n`
  );

  const cli = await benchCli(outDir);
  results.cli = { sampleTargetMs: CLI_SAMPLE_TARGET_MS, figures: cli };
  console.log("sr-budget fill, neuer Node-Prozess je Lauf (Median, ms)");
  console.table(
    cli.map((f) => ({ Gemeinden: f.municipalities, Läufe: f.runs, "Median ms": f.medianMs }))
  );
  console.log(
    `Beispiel: ${cli[0]!.medianMs} ms, Ziel < ${CLI_SAMPLE_TARGET_MS} ms → ${verdict(
      cli[0]!.medianMs < CLI_SAMPLE_TARGET_MS
    )}\n`
  );

  const bundles = measureBundles();
  results.bundles = bundles ?? null;
  if (bundles === undefined) {
    console.log("Bundles: kein dist/ gefunden – erst `npm run build` ausführen.\n");
  } else {
    console.log("Produktions-Bundles");
    console.table(
      bundles.map((b) => ({
        Bundle: b.bundle,
        Bytes: b.bytes,
        "gzip Bytes": b.gzipBytes,
        "enthält React": b.containsReact ? "ja" : "nein",
      }))
    );
    const functions = bundles.find((b) => b.bundle === "functions.js")!;
    console.log(`functions.js ohne React → ${verdict(!functions.containsReact)}\n`);
  }

  const coldStart = await benchColdStart();
  results.coldStart = { targetMs: COLD_START_TARGET_MS, figures: coldStart };
  if ("skipped" in coldStart) {
    console.log(`Kaltstart des Aufgabenbereichs: nicht gemessen (${coldStart.skipped}).\n`);
  } else {
    console.log(
      `Kaltstart der Shared-Runtime-Seite (Release über nginx, Chromium, CPU ${coldStart.cpuThrottlingRate}× gedrosselt, Median aus ${coldStart.runs} Läufen)`
    );
    console.table([
      {
        "SR.* registriert (ms)": coldStart.functionsRegisteredMs,
        "Aufgabenbereich gezeichnet (ms)": coldStart.paneRenderedMs,
        "SR.* registriert ohne Aufgabenbereich-Bundle (ms)": coldStart.functionsWithoutPaneBundleMs,
        "CSP-Verstöße": coldStart.cspViolations,
      },
    ]);
    console.log(
      `SR.* registriert nach ${coldStart.functionsRegisteredMs} ms, Ziel ≤ ${COLD_START_TARGET_MS} ms → ${verdict(
        coldStart.functionsRegisteredMs <= COLD_START_TARGET_MS
      )}; ohne das React-Bundle des Aufgabenbereichs ebenso registriert (${coldStart.functionsWithoutPaneBundleMs} ms) → wartet nicht darauf\n`
    );
  }

  writeFileSync(join(outDir, "bench.json"), JSON.stringify(results, null, 2) + "\n");
  console.log("Geschrieben: out/bench.json");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
