/**
 * Excel.RequestContext of the fake: collects the commands of the proxies created from it and
 * hands them to the host on `sync()`, one round trip per sync that carries commands (an empty
 * sync costs nothing, as in Office.js).
 */
import type { EventRegistry } from "./events";
import type { Action, QueueOwner } from "./proxy";
import { Application, Workbook } from "./workbook";

/** What executes a sync: the host. */
export interface SyncEngine {
  readonly events: EventRegistry;
  execute(actions: readonly Action[]): Promise<void>;
}

/** Excel.RequestContext. */
export class RequestContext implements QueueOwner {
  readonly workbook: Workbook;
  readonly application: Application;
  /** Office's tracked-object bookkeeping; the fake never invalidates objects. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private pending: Action[] = [];

  constructor(private readonly engine: SyncEngine) {
    this.workbook = new Workbook(this);
    this.application = new Application(this);
  }

  /** The host's event handlers. */
  get events(): EventRegistry {
    return this.engine.events;
  }

  /** Queues one command (called by the proxies). */
  queue(action: Action): void {
    this.pending.push(action);
  }

  /** Sends the queued commands in one round trip; resolves with `passThroughValue`. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    const actions = this.pending;
    this.pending = [];
    await this.engine.execute(actions);
    return passThroughValue as T;
  }

  /** Same as object.load(option). */
  load<T extends { load(option?: unknown): T }>(object: T, option?: unknown): T {
    return object.load(option);
  }

  /** Office's trace markers; the fake keeps no trace. */
  trace(message: string): void {
    void message;
  }
}
