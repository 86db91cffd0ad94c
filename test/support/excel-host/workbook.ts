/**
 * Excel.Workbook with its worksheets, tables, workbook-level names and document settings, and
 * Excel.Application (only suspendApiCalculationUntilNextSync matters to the fake).
 */
import { parseRect, quoteSheet, rectAddress, splitSheet } from "./a1";
import { ExcelHostError } from "./errors";
import { type NameModel, cloneJson, validateDefinedName } from "./model";
import { CollectionProxy, type Exec, ProxyBase, type QueueOwner } from "./proxy";
import { Range } from "./range";
import { TableCollection } from "./table";
import { WorksheetCollection } from "./worksheet";

/** Excel.Workbook. */
export class Workbook extends ProxyBase<true> {
  protected readonly typeName = "Workbook";
  readonly worksheets: WorksheetCollection;
  readonly tables: TableCollection;
  readonly names: NamedItemCollection;
  readonly settings: SettingCollection;

  constructor(context: QueueOwner) {
    super(context, "workbook", () => true);
    this.worksheets = new WorksheetCollection(context, "workbook.worksheets");
    this.tables = new TableCollection(context, "workbook.tables");
    this.names = new NamedItemCollection(context, "workbook.names");
    this.settings = new SettingCollection(context, "workbook.settings");
  }

  protected scalars(): Record<string, () => unknown> {
    return {};
  }

  /** The selected range; InvalidSelection-like ItemNotFound when nothing is selected. */
  getSelectedRange(): Range {
    return new Range(this.context, "workbook.getSelectedRange()", (exec) => {
      const sel = exec.model.selection;
      const sheet = sel ? exec.model.sheetById(sel.sheetId) : undefined;
      if (!sel || !sheet) throw new ExcelHostError("ItemNotFound", undefined, "getSelectedRange");
      return { sheet, rect: sel.rect };
    });
  }
}

/** Excel.Application. */
export class Application extends ProxyBase<true> {
  protected readonly typeName = "Application";

  constructor(context: QueueOwner) {
    super(context, "application", () => true);
  }

  protected scalars(): Record<string, () => unknown> {
    return { calculationMode: () => "Automatic" };
  }

  /** Suspends recalculation until the next sync; recorded in the host's request log. */
  suspendApiCalculationUntilNextSync(): void {
    this.call("suspendApiCalculationUntilNextSync", [], (_t, exec) => {
      exec.flags.add("calculationSuspended");
    });
  }
}

/** Parses a name's reference ("=Sheet!$A$1:$B$2", "Sheet!A1") inside a sync. */
function referenceOf(exec: Exec, reference: string | Range): Pick<NameModel, "sheetId" | "rect"> {
  if (typeof reference !== "string") {
    const target = reference.resolve(exec);
    if (!target) throw new ExcelHostError("InvalidArgument", undefined, "NamedItemCollection.add");
    return { sheetId: target.sheet.id, rect: target.rect };
  }
  const { sheet, local } = splitSheet(reference.replace(/^=/, ""));
  const model = sheet === undefined ? undefined : exec.model.findSheet(sheet);
  const rect = parseRect(local);
  if (!model || !rect)
    throw new ExcelHostError(
      "InvalidArgument",
      undefined,
      `NamedItemCollection.add('${reference}')`
    );
  return { sheetId: model.id, rect };
}

/** "'Region 1'!$A$1:$H$20", or "#REF!" when the sheet is gone. */
function referenceText(exec: Exec, item: NameModel): string {
  const sheet = item.sheetId === null ? undefined : exec.model.sheetById(item.sheetId);
  if (!sheet) return "#REF!";
  const absolute = rectAddress(item.rect).replace(/([A-Z]+)([0-9]+)/g, "$$$1$$$2");
  return `${quoteSheet(sheet.name)}!${absolute}`;
}

/** Excel.NamedItemCollection (workbook scope). */
export class NamedItemCollection extends CollectionProxy<NameModel, NamedItem> {
  protected readonly typeName = "NamedItemCollection";

  constructor(context: QueueOwner, path: string) {
    super(context, path, (exec) => exec.model.names);
  }

  protected itemProxy(item: NameModel, index: number): NamedItem {
    return new NamedItem(
      this.context,
      `${this.path}.items[${index}]`,
      (exec) => exec.model.findName(item.name) ?? null
    );
  }

  /** Adds a name referring to a range or an address; ItemAlreadyExists when it exists. */
  add(name: string, reference: string | Range, comment?: string): NamedItem {
    const item = new NamedItem(
      this.context,
      `${this.path}.getItem(${JSON.stringify(name)})`,
      (exec) => exec.model.findName(name) ?? null
    );
    this.context.queue({
      kind: "method",
      label: `${this.path}.add(${JSON.stringify(name)})`,
      bytes: 60 + name.length + (comment?.length ?? 0),
      execute: (exec) => {
        validateDefinedName(name);
        exec.model.assertFreeName(name);
        exec.model.names.push({ name, ...referenceOf(exec, reference) });
      },
    });
    return item;
  }

  /** The name; ItemNotFound at sync otherwise. */
  getItem(name: string): NamedItem {
    return new NamedItem(this.context, `${this.path}.getItem(${JSON.stringify(name)})`, (exec) => {
      const item = exec.model.findName(name);
      if (!item) throw new ExcelHostError("ItemNotFound", undefined, `Name '${name}'`);
      return item;
    });
  }

  /** The name or a null object. */
  getItemOrNullObject(name: string): NamedItem {
    return new NamedItem(
      this.context,
      `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`,
      (exec) => exec.model.findName(name) ?? null
    );
  }
}

/** Excel.NamedItem (a range reference). */
export class NamedItem extends ProxyBase<NameModel> {
  protected readonly typeName = "NamedItem";

  protected scalars(): Record<string, (t: NameModel, exec: Exec) => unknown> {
    return {
      name: (t) => t.name,
      type: (t, exec) => (referenceText(exec, t) === "#REF!" ? "Error" : "Range"),
      value: (t, exec) => referenceText(exec, t),
      formula: (t, exec) => `=${referenceText(exec, t)}`,
      visible: () => true,
    };
  }

  get name(): string {
    return this.get("name");
  }
  get type(): string {
    return this.get("type");
  }
  get value(): string {
    return this.get("value");
  }
  get formula(): string {
    return this.get("formula");
  }

  /** Deletes the name. */
  delete(): void {
    this.call("delete", [], (t, exec) => {
      exec.model.names = exec.model.names.filter((n) => n !== t);
    });
  }

  /** The range the name refers to; InvalidReference at sync for #REF!. */
  getRange(): Range {
    return this.range("getRange()", false);
  }

  /** The range, or a null object when the name does not refer to a range. */
  getRangeOrNullObject(): Range {
    return this.range("getRangeOrNullObject()", true);
  }

  private range(call: string, orNull: boolean): Range {
    return new Range(this.context, `${this.path}.${call}`, (exec) => {
      const item = this.resolve(exec);
      if (!item) return null;
      const sheet = item.sheetId === null ? undefined : exec.model.sheetById(item.sheetId);
      if (sheet) return { sheet, rect: item.rect };
      if (orNull) return null;
      throw new ExcelHostError("InvalidReference", undefined, `Name '${item.name}'`);
    });
  }
}

/** Excel.SettingCollection: the add-in's document settings (JSON values). */
export class SettingCollection extends CollectionProxy<string, Setting> {
  protected readonly typeName = "SettingCollection";

  constructor(context: QueueOwner, path: string) {
    super(context, path, (exec) => [...exec.model.settings.keys()]);
  }

  protected itemProxy(key: string, index: number): Setting {
    return new Setting(this.context, `${this.path}.items[${index}]`, (exec) =>
      exec.model.settings.has(key) ? key : null
    );
  }

  /** Sets (adds or replaces) a setting; the value must survive a JSON round trip. */
  add(key: string, value: unknown): Setting {
    const label = `${this.path}.add(${JSON.stringify(key)})`;
    this.context.queue({
      kind: "method",
      label,
      bytes: label.length + JSON.stringify(value ?? null).length,
      execute: (exec) => {
        if (key === "" || key.length > 255)
          throw new ExcelHostError("InvalidArgument", undefined, label);
        exec.model.settings.set(key, cloneJson(value));
      },
    });
    return this.getItemOrNullObject(key);
  }

  /** The setting; ItemNotFound at sync otherwise. */
  getItem(key: string): Setting {
    return new Setting(this.context, `${this.path}.getItem(${JSON.stringify(key)})`, (exec) => {
      if (!exec.model.settings.has(key))
        throw new ExcelHostError("ItemNotFound", undefined, `Setting '${key}'`);
      return key;
    });
  }

  /** The setting or a null object. */
  getItemOrNullObject(key: string): Setting {
    return new Setting(
      this.context,
      `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`,
      (exec) => (exec.model.settings.has(key) ? key : null)
    );
  }
}

/** Excel.Setting. */
export class Setting extends ProxyBase<string> {
  protected readonly typeName = "Setting";

  protected scalars(): Record<string, (key: string, exec: Exec) => unknown> {
    return { key: (key) => key, value: (key, exec) => cloneJson(exec.model.settings.get(key)) };
  }

  get key(): string {
    return this.get("key");
  }
  get value(): unknown {
    return this.get("value");
  }
  set value(value: unknown) {
    this.set("value", value, (key, exec) => exec.model.settings.set(key, cloneJson(value)));
  }

  /** Deletes the setting. */
  delete(): void {
    this.call("delete", [], (key, exec) => exec.model.settings.delete(key));
  }
}
