/**
 * A write is a list of steps, each queueing a few commands and knowing its approximate request
 * size. Steps are packed in order into batches below the payload budget; one batch is one
 * `context.sync()`. A normal fill fits into one batch; only a plan too large for Excel on the
 * web's 5 MB request limit is split.
 */
import { HostError } from "./errors";
import { HOST_MESSAGES } from "./messages";

/** Excel on the web refuses a request above 5 MB. */
export const EXCEL_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * Per-command envelope Office adds around the arguments (object path, action ids, property
 * names); deliberately generous, so an estimate never falls short of the real request.
 */
const COMMAND_OVERHEAD_BYTES = 400;

/** One unit of a write: queues its commands on the context. */
export interface Step {
  /** Estimated request bytes of the queued commands. */
  readonly bytes: number;
  queue(context: Excel.RequestContext): void;
}

/** A step of `commands` commands whose arguments serialise to `payload`. */
export function step(
  payload: unknown,
  commands: number,
  queue: (context: Excel.RequestContext) => void
): Step {
  return { bytes: jsonLength(payload) + commands * COMMAND_OVERHEAD_BYTES, queue };
}

/** Size in UTF-8 bytes of a value's JSON text (what travels in the request; "€" counts 3). */
export function jsonLength(value: unknown): number {
  return value === undefined ? 0 : utf8Length(JSON.stringify(value));
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair (4 bytes) is two code units of 2 bytes each.
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code < 0xe000) ? 2 : 3;
  }
  return bytes;
}

/** The budget of one batch for a payload limit: a tenth kept free for what the estimate misses. */
export function batchBudget(limitBytes: number): number {
  return Math.floor(limitBytes * 0.9);
}

/** Packs steps in order into batches of at most `budget` bytes each. */
export function packSteps(steps: readonly Step[], budget: number): Step[][] {
  const batches: Step[][] = [];
  let current: Step[] = [];
  let size = 0;
  for (const s of steps) {
    if (s.bytes > budget) throw new HostError("PAYLOAD_TOO_LARGE", HOST_MESSAGES.payloadTooLarge());
    if (current.length > 0 && size + s.bytes > budget) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(s);
    size += s.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Splits rows into consecutive chunks whose estimated size stays within `budget`; `rowBytes`
 * gives one row's size. Returns [start, end) pairs.
 */
export function chunkRows(
  count: number,
  rowBytes: (row: number) => number,
  budget: number
): [number, number][] {
  const chunks: [number, number][] = [];
  let start = 0;
  let size = 0;
  for (let row = 0; row < count; row++) {
    const bytes = rowBytes(row);
    if (row > start && size + bytes > budget) {
      chunks.push([start, row]);
      start = row;
      size = 0;
    }
    size += bytes;
  }
  if (count > start) chunks.push([start, count]);
  return chunks;
}

/** Runs the batches on one context: one sync each, calculation suspended during each. */
export async function runBatches(
  context: Excel.RequestContext,
  batches: readonly (readonly Step[])[]
): Promise<void> {
  for (const batch of batches) {
    context.application.suspendApiCalculationUntilNextSync();
    for (const s of batch) s.queue(context);
    // One sync per batch is the point: there are several batches only above the payload limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
}
