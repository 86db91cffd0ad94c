/**
 * `sr-budget annex`: the annex to the committee paper as a .docx (and with --pdf also as a PDF),
 * after the same validation as fill. Nothing is written on invalid inputs (exit 1); an output
 * folder that is missing or not writable ends the run with exit 2 and no file.
 */
import { annexWorkbook, renderAnnexDocx } from "../report";
import { sameFileMessage, type CliOptions } from "./args";
import { openInput, refuseInputAsTarget, requireTargetFolder, saveAtomically } from "./files";
import type { CliIo } from "./io";
import {
  EXIT_INVALID,
  EXIT_OK,
  EXIT_USAGE,
  printReport,
  progressPrinter,
  runOptionsOf,
} from "./io";
import { chooseLayout, withLayoutIssues } from "./layout";
import { convertToPdf, findSoffice, pdfPathOf } from "./pdf";

/** The parts of the annex when the command line names none (parseArgs always sets them). */
const NO_EXTRAS = { withComparison: false, withPlan: false, pdf: false };

/** Runs `annex`; returns the exit code. */
export async function executeAnnex(options: CliOptions, io: CliIo): Promise<number> {
  const target = options.output;
  if (target === undefined) throw new Error("annex ohne Ausgabedatei");
  const parts = options.annex ?? NO_EXTRAS;
  const progress = progressPrinter(options, io);
  // Checked first, so a mistyped folder costs no calculation and never leaves a file behind.
  await requireTargetFolder(target);
  await refuseInputAsTarget(target, options.input, sameFileMessage("annex"));
  progress(`Lese ${options.input} …`);
  const port = await openInput(options.input);
  const layout = chooseLayout(port.savedMapping(), options.standardLayout === true);
  if (layout.line !== undefined) progress(layout.line);
  progress("Prüfe die Eingaben …");
  const runOptions = { ...runOptionsOf(options, io), mapping: layout.mapping };
  const { outcome, annex } = await annexWorkbook(port, runOptions, parts);
  const report = withLayoutIssues(outcome.report, layout);
  if (annex === undefined) {
    printReport(report, options, io);
    return EXIT_INVALID;
  }
  progress(`Schreibe ${target} …`);
  await saveAtomically(await renderAnnexDocx(annex), target, { createFolder: false });
  printReport(report, options, io);
  return parts.pdf ? writePdf(target, io, progress) : EXIT_OK;
}

/** Converts the written .docx to a PDF beside it; exit 2 with a German line when impossible. */
async function writePdf(
  docx: string,
  io: CliIo,
  progress: (line: string) => void
): Promise<number> {
  const soffice = await findSoffice(io.env ?? process.env);
  if (soffice === undefined) {
    io.stderr(
      `sr-budget: Kein PDF erstellt: LibreOffice (Programm »soffice«) ist nicht installiert; ` +
        `die Anlage liegt als Word-Dokument in »${docx}«.\n`
    );
    return EXIT_USAGE;
  }
  const pdf = pdfPathOf(docx);
  progress(`Wandle in PDF um: ${pdf} …`);
  await convertToPdf(soffice, docx, pdf);
  return EXIT_OK;
}
