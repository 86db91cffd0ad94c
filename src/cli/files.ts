/**
 * The CLI's file handling shared by every command: opening the input, refusing to overwrite it by
 * accident, and saving atomically so a target is never left half-written.
 */
import { randomUUID } from "node:crypto";
import { mkdir, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { XlsxOpenError, XlsxWorkbook } from "../adapters/xlsx";

/** A problem that ends the run with exit code 2 and one German line on stderr. */
export class UsageProblem extends Error {}

/** True when both paths name the same existing file (also through links). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    return (await realpath(a)) === (await realpath(b));
  } catch {
    return false;
  }
}

/** Throws a UsageProblem (`message`) when `target` is the input itself under another name. */
export async function refuseInputAsTarget(
  target: string,
  input: string,
  message: string
): Promise<void> {
  if (await sameFile(target, input)) throw new UsageProblem(message);
}

/** Throws a UsageProblem unless the folder of `target` exists (the annex never creates one). */
export async function requireTargetFolder(target: string): Promise<void> {
  const directory = dirname(resolve(target));
  const folder = await stat(directory).catch(() => undefined);
  if (folder === undefined || !folder.isDirectory()) {
    throw new UsageProblem(
      `Den Ordner »${dirname(target)}« für die Ausgabedatei gibt es nicht; nichts geschrieben.`
    );
  }
}

/**
 * Writes next to the target first and renames, so the target is never left half-written. With
 * `createFolder` false a missing folder is a UsageProblem instead of being created.
 */
export async function saveAtomically(
  bytes: Uint8Array,
  target: string,
  { createFolder = true }: { createFolder?: boolean } = {}
): Promise<void> {
  const directory = dirname(resolve(target));
  const temporary = join(directory, `.${basename(target)}.${randomUUID()}.tmp`);
  if (!createFolder) await requireTargetFolder(target);
  try {
    if (createFolder) await mkdir(directory, { recursive: true });
    await writeFile(temporary, bytes);
    await rename(temporary, target);
  } catch {
    // The temporary file may not exist (or its folder may not): nothing else to clean up then.
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new UsageProblem(`Die Ausgabedatei »${target}« kann nicht geschrieben werden.`);
  }
}

/** Opens the input workbook; an unreadable or non-.xlsx file is a UsageProblem. */
export async function openInput(path: string): Promise<XlsxWorkbook> {
  try {
    return await XlsxWorkbook.fromFile(path);
  } catch (error) {
    if (error instanceof XlsxOpenError) throw new UsageProblem(error.message);
    throw error;
  }
}
