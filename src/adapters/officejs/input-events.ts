/**
 * Change events of the mapped inputs: each input's table (or, where the table is missing, its
 * fallback sheet) gets an onChanged handler. Office removes handlers only through the request
 * context that added them, so the unsubscribe function runs a batch on that same context.
 */
import { INPUT_KEYS, MAPPING_SETTING_KEY, parseMappingSetting } from "../../workbook";
import type { InputsChangedEvent } from "../../workbook/host";
import type { ExcelRunFunction } from "./run";

type ChangedArgs = Excel.TableChangedEventArgs | Excel.WorksheetChangedEventArgs;

/** Subscribes `handler` to the mapped inputs; resolves to the unsubscribe function. */
export async function subscribeInputs(
  run: ExcelRunFunction,
  handler: (event: InputsChangedEvent) => void
): Promise<() => Promise<void>> {
  let owner: Excel.RequestContext | undefined;
  const results = await run(async (context) => {
    owner = context;
    const setting = context.workbook.settings
      .getItemOrNullObject(MAPPING_SETTING_KEY)
      .load("value");
    const tables = context.workbook.tables.load("items/name, items/worksheet/name");
    const sheets = context.workbook.worksheets.load("items/name, items/id");
    await context.sync();
    const { mapping } = parseMappingSetting(setting.isNullObject ? null : setting.value);
    const sheetById = new Map(sheets.items.map((s) => [s.id, s.name]));
    const tableSheets = new Map(
      tables.items.map((t) => [t.name.toLowerCase(), t.worksheet.name.toLowerCase()])
    );
    const sheetNames = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    const forward = async (args: ChangedArgs): Promise<void> => {
      handler({
        source: args.source === "Remote" ? "remote" : "local",
        sheet: sheetById.get(args.worksheetId) ?? "",
        address: args.address,
      });
    };
    // A whole fallback sheet is watched instead of the tables on it, so no edit is reported twice.
    const locations = INPUT_KEYS.map((key) => mapping[key]);
    const watchedSheets = new Set(
      locations
        .filter(
          (l) => !tableSheets.has(l.table.toLowerCase()) && sheetNames.has(l.sheet.toLowerCase())
        )
        .map((l) => l.sheet.toLowerCase())
    );
    const watchedTables = new Set(
      locations
        .map((l) => l.table.toLowerCase())
        .filter((t) => tableSheets.has(t) && !watchedSheets.has(tableSheets.get(t) ?? ""))
    );
    const added: OfficeExtension.EventHandlerResult<ChangedArgs>[] = [
      ...[...watchedSheets].map((sheet) =>
        context.workbook.worksheets.getItem(sheet).onChanged.add(forward)
      ),
      ...[...watchedTables].map((table) =>
        context.workbook.tables.getItem(table).onChanged.add(forward)
      ),
    ];
    await context.sync();
    return added;
  });
  return async () => {
    if (!owner || results.length === 0) return;
    await run(owner, async (context) => {
      for (const result of results) result.remove();
      await context.sync();
    });
  };
}
