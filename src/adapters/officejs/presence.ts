/**
 * Which sheets and tables exist, as the adapter last saw them. Office.js documents isNullObject
 * only for the object a `*OrNullObject` method returns, not for objects derived from it (a
 * missing table's header range, a missing sheet's used range or protection), so the readers
 * queue reads only on objects they know to exist: they presume what the last read saw, load the
 * sheet and table lists in the same sync, and read once more only when the lists show the
 * presumption was wrong (an object appeared or vanished since). A presumed object that vanished
 * stops the sync with ItemNotFound, Excel's documented answer to getItem of a missing item;
 * the reader then learns the lists first.
 */
import { HostError, officeErrorCode } from "./errors";
import { HOST_MESSAGES } from "./messages";

/** Lower-case names of the sheets and tables that exist. */
export interface WorkbookPresence {
  readonly sheets: ReadonlySet<string>;
  readonly tables: ReadonlySet<string>;
}

/** The queued sheet and table lists of one sync. */
export interface PresenceRead {
  readonly worksheets: Excel.WorksheetCollection;
  readonly tables: Excel.TableCollection;
}

/** Queues loading the sheet names and the tables with their sheets (no sync). */
export function queuePresenceRead(context: Excel.RequestContext): PresenceRead {
  return {
    worksheets: context.workbook.worksheets.load("items/name"),
    tables: context.workbook.tables.load("items/name, items/worksheet/name"),
  };
}

/** The presence a synced PresenceRead saw. */
export function presenceOf(read: PresenceRead): WorkbookPresence {
  return {
    sheets: new Set(read.worksheets.items.map((s) => s.name.toLowerCase())),
    tables: new Set(read.tables.items.map((t) => t.name.toLowerCase())),
  };
}

/** Reads the sheet and table lists alone (one sync). */
export async function learnPresence(context: Excel.RequestContext): Promise<WorkbookPresence> {
  const lists = queuePresenceRead(context);
  await context.sync();
  return presenceOf(lists);
}

/** How often a reader tries before it gives up on a workbook that keeps changing under it. */
export const PRESENCE_ATTEMPTS = 3;

/**
 * Runs `attempt` with a presumption until its read agrees with what exists: the first attempt
 * presumes `presumed`, a later one what the previous attempt saw; after ItemNotFound (a
 * presumed object vanished, the sync delivered nothing) `learn` reads the lists alone.
 */
export async function readWithPresence<T>(
  presumed: WorkbookPresence,
  attempt: (
    presumed: WorkbookPresence
  ) => Promise<{ result: T; seen: WorkbookPresence } | { stale: WorkbookPresence }>,
  learn: () => Promise<WorkbookPresence>
): Promise<{ result: T; presence: WorkbookPresence }> {
  let current = presumed;
  for (let tries = 1; ; tries++) {
    let outcome: Awaited<ReturnType<typeof attempt>>;
    try {
      // Each try depends on what the previous one saw.
      outcome = await attempt(current);
    } catch (error) {
      if (officeErrorCode(error) !== "ItemNotFound" || tries >= PRESENCE_ATTEMPTS) throw error;
      current = await learn();
      continue;
    }
    if ("result" in outcome) return { result: outcome.result, presence: outcome.seen };
    if (tries >= PRESENCE_ATTEMPTS)
      throw new HostError("CHANGED_MEANWHILE", HOST_MESSAGES.changedMeanwhile());
    current = outcome.stale;
  }
}
