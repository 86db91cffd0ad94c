/**
 * onChanged events: `worksheet.onChanged`, `table.onChanged` and `workbook.worksheets.onChanged`.
 * `add(handler)` registers on the next sync and returns an EventHandlerResult whose `remove()`
 * unregisters on a later sync (in a batch run on the same context, as Office requires). Events
 * fire for writes by the add-in itself (source "Local", triggerSource "ThisLocalAddin") and for
 * edits simulated through the host (a user: "Local", a co-author: "Remote").
 */
import { type Rect, intersects, rectAddress } from "./a1";
import type { WorkbookModel } from "./model";
import type { Exec, QueueOwner } from "./proxy";

/** Where a handler listens. */
export type EventScope =
  | { readonly kind: "sheet"; readonly sheetId: string }
  | { readonly kind: "sheets" }
  | { readonly kind: "table"; readonly tableId: string };

/** The arguments Excel passes to onChanged handlers (the fields the fake fills). */
export interface ChangedEventArgs {
  readonly type: "WorksheetChanged" | "TableChanged";
  readonly address: string;
  readonly changeType: "RangeEdited";
  readonly source: "Local" | "Remote";
  readonly worksheetId: string;
  readonly tableId?: string;
  readonly triggerSource?: "ThisLocalAddin" | "Unknown";
}

type Handler = (args: ChangedEventArgs) => unknown;

/** One cell area that changed. */
export interface Change {
  readonly sheetId: string;
  readonly rect: Rect;
  readonly source: "Local" | "Remote";
  readonly byAddin: boolean;
}

/** All registered handlers of one host. */
export class EventRegistry {
  private readonly handlers = new Map<number, { scope: EventScope; handler: Handler }>();
  private nextId = 1;

  /** Registers a handler; returns its id. */
  add(scope: EventScope, handler: Handler): number {
    const id = this.nextId++;
    this.handlers.set(id, { scope, handler });
    return id;
  }

  /** Unregisters a handler. */
  remove(id: number): void {
    this.handlers.delete(id);
  }

  /** Number of registered handlers (for assertions). */
  get size(): number {
    return this.handlers.size;
  }

  /** Calls every handler the change concerns; resolves when all handlers have finished. */
  async dispatch(model: WorkbookModel, change: Change): Promise<void> {
    const calls: unknown[] = [];
    const base = {
      changeType: "RangeEdited" as const,
      source: change.source,
      worksheetId: change.sheetId,
      ...(change.byAddin ? { triggerSource: "ThisLocalAddin" as const } : {}),
    };
    for (const { scope, handler } of [...this.handlers.values()]) {
      if (scope.kind === "sheets" || (scope.kind === "sheet" && scope.sheetId === change.sheetId)) {
        calls.push(
          handler({ ...base, type: "WorksheetChanged", address: rectAddress(change.rect) })
        );
      } else if (scope.kind === "table") {
        const table = model.tables.find((t) => t.id === scope.tableId);
        if (table && table.sheetId === change.sheetId && intersects(table.rect, change.rect)) {
          const part = overlap(table.rect, change.rect);
          calls.push(
            handler({
              ...base,
              type: "TableChanged",
              tableId: table.id,
              address: rectAddress(part),
            })
          );
        }
      }
    }
    await Promise.all(calls);
  }
}

function overlap(a: Rect, b: Rect): Rect {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const bottom = Math.min(a.row + a.rows, b.row + b.rows);
  const right = Math.min(a.column + a.columns, b.column + b.columns);
  return { row, column, rows: bottom - row, columns: right - column };
}

/** What the context offers to event sources. */
export type EventOwner = QueueOwner;

/** Excel's EventHandlerResult: `remove()` queues the unregistration. */
export class EventHandlerResult {
  private id: number | undefined;

  constructor(readonly context: EventOwner) {}

  /** Set when the registration was executed. */
  bind(id: number): void {
    this.id = id;
  }

  /** Unregisters the handler on the next sync of this context. */
  remove(): void {
    this.context.queue({
      kind: "event",
      label: "EventHandlerResult.remove()",
      bytes: 40,
      execute: (exec) =>
        exec.commits.push(() => {
          if (this.id !== undefined) this.context.events.remove(this.id);
        }),
    });
  }
}

/** Excel's EventHandlers<T>: `add(handler)`. */
export class EventSource {
  constructor(
    private readonly context: EventOwner,
    private readonly label: string,
    private readonly scope: (exec: Exec) => EventScope | null
  ) {}

  /** Registers the handler with the next sync. */
  add(handler: Handler): EventHandlerResult {
    const result = new EventHandlerResult(this.context);
    this.context.queue({
      kind: "event",
      label: `${this.label}.add()`,
      bytes: 40,
      execute: (exec) => {
        const scope = this.scope(exec);
        if (scope) exec.commits.push(() => result.bind(this.context.events.add(scope, handler)));
      },
    });
    return result;
  }
}
