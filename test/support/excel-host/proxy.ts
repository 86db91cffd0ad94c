/**
 * The proxy-object machinery of the Excel JavaScript API: an object is a local placeholder that
 * queues commands on its request context; `load(...)` queues a query whose results arrive with
 * the next `context.sync()`; reading a property that was not loaded throws PropertyNotLoaded;
 * setting a property keeps the value locally and queues the write.
 *
 * Null objects (from `*OrNullObject`) report `isNullObject` after a sync and their own loads
 * deliver nothing – that much is documented. Microsoft documents `isNullObject` for
 * the object an `*OrNullObject` method returns and nothing about objects derived from it
 * (`sheet.getUsedRange()`, `table.getHeaderRowRange()`, `nullRange.getMergedAreasOrNullObject()`,
 * `table.worksheet`), so what real Excel does with those is unknown. The fake therefore fails
 * loudly – with a plain Error, not an Office error an adapter could map – whenever such an object
 * is used and its parent turns out to be null, and on any write or method call on a null object
 * itself, so an add-in cannot come to depend on either.
 */
import type { SheetModel, WorkbookModel } from "./model";
import type { StoredValue } from "./values";
import type { EventRegistry } from "./events";
import type { Rect } from "./a1";
import { ExcelHostError, propertyNotLoaded } from "./errors";

/** What one executing sync offers the proxies. */
export interface Exec {
  readonly model: WorkbookModel;
  /** Resolved targets of this sync, per proxy. */
  readonly memo: Map<object, unknown>;
  /** Applied to the proxies only when the whole sync succeeded. */
  readonly commits: (() => void)[];
  /** Cell areas written in this sync (for onChanged events). */
  readonly changes: { sheetId: string; rect: Rect }[];
  /** Bytes of loaded data returned to the add-in. */
  responseBytes: number;
  /** Markers set by commands, e.g. "calculationSuspended". */
  readonly flags: Set<string>;
  /** Proxies whose resolver is running (innermost last): who asked for a parent. */
  readonly resolving: object[];
  /** The calculated value of a cell (formula cells are calculated on demand). */
  valueOf(sheet: SheetModel, row: number, column: number): StoredValue;
}

/** One queued command. */
export interface Action {
  readonly kind: "query" | "set" | "method" | "event";
  /** e.g. `worksheets.getItem("Region 1").getRange("A1:H20").formulas`. */
  readonly label: string;
  /** Serialised size of the command's arguments, as it would travel to Excel. */
  readonly bytes: number;
  execute(exec: Exec): void;
}

/** The part of the request context the proxies need. */
export interface QueueOwner {
  queue(action: Action): void;
  /** The host's event handlers (for onChanged registrations). */
  readonly events: EventRegistry;
}

/** Parsed load selection: scalar names and navigation paths. */
export interface Selection {
  readonly all: boolean;
  readonly scalars: string[];
  readonly nested: Map<string, string[]>;
}

/** Anything load() can reach through a navigation property. */
export interface Loadable {
  executeLoad(exec: Exec, selection: Selection): void;
}

/** Normalises load()'s argument forms: "a, b/c", ["a"], { select: "a", expand: "b" }. */
export function parseSelection(option: unknown): Selection {
  const paths: string[] = [];
  const add = (v: unknown): void => {
    if (typeof v === "string")
      paths.push(
        ...v
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
      );
    else if (Array.isArray(v)) v.forEach(add);
  };
  if (option !== null && typeof option === "object" && !Array.isArray(option)) {
    const o = option as { select?: unknown; expand?: unknown };
    add(o.select);
    add(o.expand);
  } else add(option);
  const scalars: string[] = [];
  const nested = new Map<string, string[]>();
  for (const path of paths) {
    const slash = path.indexOf("/");
    if (slash < 0) scalars.push(path);
    else {
      const head = path.slice(0, slash);
      nested.set(head, [...(nested.get(head) ?? []), path.slice(slash + 1)]);
    }
  }
  return { all: paths.length === 0, scalars, nested };
}

/**
 * A call on an object derived from a null object: undocumented in Office.js, so a bug of the
 * add-in under test rather than a host error.
 */
export class NullObjectDerivedError extends Error {
  override readonly name = "NullObjectDerivedError";

  constructor(derived: string, nullObject: string) {
    super(
      `${derived} is derived from the null object ${nullObject}; Office.js documents no ` +
        "behaviour for that. Check isNullObject after a sync before using the object."
    );
  }
}

/** UTF-8 size of a value's JSON text, as it travels in a request or response. */
export function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : new TextEncoder().encode(JSON.stringify(value)).length;
}

/** Base of every proxy object; T is the document object it stands for. */
export abstract class ProxyBase<T> implements Loadable {
  /** Loaded (or locally set) property values. */
  protected readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  /**
   * @param context the request context the commands are queued on
   * @param path readable object path for the request log
   * @param resolver finds the document object in the sync's model; null = null object
   */
  constructor(
    readonly context: QueueOwner,
    readonly path: string,
    private readonly resolver: (exec: Exec) => T | null
  ) {}

  /** Class name used in PropertyNotLoaded messages, e.g. "Range". */
  protected abstract readonly typeName: string;

  /** Scalar properties loadable on this object. */
  protected abstract scalars(): Record<string, (target: T, exec: Exec) => unknown>;

  /** Navigation properties that load() may expand, e.g. "worksheet" or "format". */
  protected navigation(): Record<string, Loadable> {
    return {};
  }

  /**
   * The document object in this sync (memoised), null for a null object. Throws
   * NullObjectDerivedError when a derived object's resolver asks for this object and it is null.
   */
  resolve(exec: Exec): T | null {
    const derived = exec.resolving[exec.resolving.length - 1] as ProxyBase<unknown> | undefined;
    let target: T | null;
    if (exec.memo.has(this)) target = exec.memo.get(this) as T | null;
    else {
      exec.resolving.push(this);
      try {
        target = this.resolver(exec);
      } finally {
        exec.resolving.pop();
      }
      exec.memo.set(this, target);
    }
    if (target === null && derived !== undefined)
      throw new NullObjectDerivedError(derived.path, this.path);
    return target;
  }

  /** True after a sync when the object does not exist; PropertyNotLoaded before that. */
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.typeName, "isNullObject");
    return this.nullState;
  }

  /** Queues loading of the given properties (all scalar properties when none are given). */
  load(option?: unknown): this {
    const selection = parseSelection(option);
    this.context.queue({
      kind: "query",
      label: `${this.path}.load(${JSON.stringify(option ?? "")})`,
      bytes: jsonBytes(option ?? "") + this.path.length,
      execute: (exec) => this.executeLoad(exec, selection),
    });
    return this;
  }

  /** Executes a load inside a sync; results are committed when the sync succeeds. */
  executeLoad(exec: Exec, selection: Selection): void {
    const target = this.resolve(exec);
    if (target === null) {
      exec.commits.push(() => this.markNull());
      for (const [name, sub] of selection.nested)
        this.navigation()[name]?.executeLoad(exec, parseSelection(sub));
      return;
    }
    const getters = this.scalars();
    const names = selection.all ? Object.keys(getters) : selection.scalars;
    const values = new Map<string, unknown>();
    for (const name of names) {
      const get = getters[name];
      if (get) values.set(name, get(target, exec));
      else if (this.navigation()[name])
        this.navigation()[name]?.executeLoad(exec, parseSelection([]));
    }
    exec.responseBytes += jsonBytes([...values.values()]);
    exec.commits.push(() => {
      this.nullState = false;
      for (const [k, v] of values) this.loaded.set(k, v);
    });
    for (const [name, sub] of selection.nested)
      this.navigation()[name]?.executeLoad(exec, parseSelection(sub));
  }

  /** Marks the object as a null object (its loads deliver nothing). */
  protected markNull(): void {
    this.nullState = true;
    this.loaded.clear();
  }

  /** Reads a loaded property; throws PropertyNotLoaded like Excel when it was not loaded. */
  protected get<V>(name: string): V {
    if (this.loaded.has(name)) return this.loaded.get(name) as V;
    if (this.nullState === true) return undefined as V;
    throw propertyNotLoaded(this.typeName, name);
  }

  /** Sets a property: kept locally at once, applied to the document on the next sync. */
  protected set(name: string, value: unknown, apply: (target: T, exec: Exec) => void): void {
    this.loaded.set(name, value);
    this.queueOn(`${this.path}.${name}`, value, apply, "set");
  }

  /** Queues a method call applied on the next sync. */
  protected call(name: string, args: unknown[], apply: (target: T, exec: Exec) => void): void {
    this.queueOn(`${this.path}.${name}(…)`, args, apply, "method");
  }

  private queueOn(
    label: string,
    payload: unknown,
    apply: (target: T, exec: Exec) => void,
    kind: Action["kind"]
  ): void {
    this.context.queue({
      kind,
      label,
      bytes: jsonBytes(payload) + label.length,
      execute: (exec) => {
        const target = this.resolve(exec);
        // Writing to or calling a method of a null object is as undocumented as deriving from it.
        if (target === null) throw new NullObjectDerivedError(label, this.path);
        apply(target, exec);
      },
    });
  }

  /** The loaded values as a plain object, like ClientObject.toJSON(). */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** A collection proxy whose `items` are item proxies created when the collection is loaded. */
export abstract class CollectionProxy<T, P extends ProxyBase<T>> extends ProxyBase<T[]> {
  private itemProxies: P[] | undefined;

  /** Creates the proxy of one item, bound to that item for later syncs. */
  protected abstract itemProxy(item: T, index: number): P;

  protected scalars(): Record<string, (target: T[], exec: Exec) => unknown> {
    return {};
  }

  /** The loaded items; PropertyNotLoaded before load + sync. */
  get items(): P[] {
    if (this.itemProxies === undefined) throw propertyNotLoaded(this.typeName, "items");
    return this.itemProxies;
  }

  override executeLoad(exec: Exec, selection: Selection): void {
    const list = this.resolve(exec);
    if (list === null) {
      exec.commits.push(() => this.markNull());
      return;
    }
    const itemPaths = [...selection.scalars.filter((s) => s !== "items")];
    for (const [head, sub] of selection.nested) {
      if (head === "items") itemPaths.push(...sub);
      else itemPaths.push(...sub.map((s) => `${head}/${s}`));
    }
    const proxies = list.map((item, i) => this.itemProxy(item, i));
    for (const p of proxies) p.executeLoad(exec, parseSelection(itemPaths));
    exec.commits.push(() => {
      this.itemProxies = proxies;
    });
  }
}

/**
 * OfficeExtension.ClientResult: what a method such as Range.getColumnProperties returns. Its
 * `value` arrives with the sync that ran the method; reading it earlier throws ValueNotLoaded.
 */
export class ClientResult<V> {
  private delivered: { readonly value: V } | undefined;

  /** The method's result after the sync. */
  get value(): V {
    if (!this.delivered)
      throw new ExcelHostError("ValueNotLoaded", undefined, "ClientResult.value");
    return this.delivered.value;
  }

  /** Called by the executing sync (on success) with the method's result. */
  deliver(value: V): void {
    this.delivered = { value };
  }
}
