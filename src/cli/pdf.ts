/**
 * `sr-budget annex --pdf`: converts the written .docx to PDF with LibreOffice (`soffice`), in a
 * private profile and a temporary folder, then moves the PDF next to the .docx atomically. Where
 * LibreOffice is not installed the caller says so; nothing is half-written either way.
 */
import { execFile } from "node:child_process";
import { access, constants, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, delimiter, extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { saveAtomically, UsageProblem } from "./files";

/** How long one conversion may take before it counts as failed. */
const CONVERT_TIMEOUT_MS = 120_000;

/** The names LibreOffice's command goes by on the PATH. */
const PROGRAMS = ["soffice", "libreoffice"];

/** Returns the path of LibreOffice's command on `env.PATH`, or undefined when it is not there. */
export async function findSoffice(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const folders = (env.PATH ?? "").split(delimiter).filter((folder) => folder !== "");
  for (const folder of folders) {
    for (const program of PROGRAMS) {
      const candidate = join(folder, program);
      const found = await access(candidate, constants.X_OK).then(
        () => true,
        () => false
      );
      if (found) return candidate;
    }
  }
  return undefined;
}

/** Returns the PDF path beside a .docx: "anlage.docx" → "anlage.pdf". */
export function pdfPathOf(docx: string): string {
  return docx.slice(0, docx.length - extname(docx).length) + ".pdf";
}

/** Runs one program and resolves when it exits 0; rejects with its stderr otherwise. */
function runProgram(program: string, args: readonly string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    execFile(program, args, { timeout: CONVERT_TIMEOUT_MS }, (error, _stdout, stderr) => {
      if (error === null) resolvePromise();
      else reject(new Error(String(stderr).trim() || error.message));
    });
  });
}

/**
 * Converts `docx` to `pdfTarget` with LibreOffice at `soffice`; throws a UsageProblem (German)
 * when the conversion fails. The PDF appears only when it is complete.
 */
export async function convertToPdf(
  soffice: string,
  docx: string,
  pdfTarget: string
): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), "sr-budget-pdf-"));
  try {
    // A private profile: a user's running LibreOffice (or another conversion) cannot block this one.
    const profile = pathToFileURL(join(work, "profile")).href;
    await runProgram(soffice, [
      `-env:UserInstallation=${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      work,
      docx,
    ]);
    const converted = join(work, basename(pdfPathOf(docx)));
    const bytes = await readFile(converted).catch(() => {
      throw new UsageProblem(`LibreOffice hat aus »${docx}« kein PDF erzeugt.`);
    });
    await saveAtomically(bytes, pdfTarget, { createFolder: false });
  } catch (error) {
    if (error instanceof UsageProblem) throw error;
    throw new UsageProblem(`LibreOffice konnte »${docx}« nicht in ein PDF umwandeln.`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
