/**
 * The settings section's logic: the workbook's tables for the dropdowns, the mapping being
 * edited, saving it, and creating the default input sheets.
 */
import { useCallback, useEffect, useState } from "react";
import type { CreatedInputSheets, InputMapping, TableInfo } from "../../workbook/index";
import { DEFAULT_MAPPING, INPUT_KEYS, serializeMapping } from "../../workbook/index";
import { UNDO_SHEET } from "../../adapters/officejs/undo-index";
import { mappingOptions, selectedOption } from "./mappingOptions";
import type { MappingField, SettingsPanelProps, SettingsPanelState } from "./SettingsPanel.types";

/** Returns the settings section's state for its props. */
export function useSettingsPanel({
  host,
  mapping,
  sheetNames,
  onSave,
  onInputSheetsCreated,
  onError,
}: SettingsPanelProps): SettingsPanelState {
  const [tables, setTables] = useState<readonly TableInfo[]>();
  const [draft, setDraft] = useState<InputMapping>(mapping);
  const [saving, setSaving] = useState(false);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedInputSheets>();

  const loadTables = useCallback(async () => {
    try {
      setTables(await host.listTables());
    } catch (error) {
      setTables([]);
      onError(error);
    }
  }, [host, onError]);

  useEffect(() => {
    void loadTables();
  }, [loadTables]);

  // A mapping saved meanwhile (by this pane) becomes the new starting point.
  useEffect(() => setDraft(mapping), [mapping]);

  // The add-in's own backup sheet is no input; users never see it (very hidden).
  const shape = {
    tables: tables ?? [],
    sheetNames: sheetNames.filter((sheet) => sheet !== UNDO_SHEET),
  };
  const fields = INPUT_KEYS.map((key): MappingField => {
    const options = mappingOptions(key, draft[key], shape);
    return { key, options, selected: selectedOption(draft[key], options) };
  });

  const choose = (key: MappingField["key"], optionValue: string): void => {
    const option = fields
      .find((field) => field.key === key)
      ?.options.find((candidate) => candidate.value === optionValue);
    if (option !== undefined) setDraft((previous) => ({ ...previous, [key]: option.location }));
  };

  const save = (): void => {
    setSaving(true);
    void onSave(draft).finally(() => setSaving(false));
  };

  const createInputSheets = (): void => {
    setCreating(true);
    setCreated(undefined);
    void (async () => {
      try {
        setCreated(await host.createInputSheets());
        onInputSheetsCreated();
        await loadTables();
      } catch (error) {
        onError(error);
      } finally {
        setCreating(false);
      }
    })();
  };

  return {
    loading: tables === undefined,
    fields,
    dirty: serializeMapping(draft) !== serializeMapping(mapping),
    saving,
    choose,
    save,
    reset: () => setDraft(DEFAULT_MAPPING),
    creating,
    created,
    createInputSheets,
  };
}
