/**
 * The settings section's props and state: where each input lives (saved in the workbook for all
 * co-authors) and the creation of the default input sheets.
 */
import type {
  CreatedInputSheets,
  InputKey,
  InputMapping,
  TaskpaneHost,
} from "../../workbook/index";
import type { MappingOption } from "./mappingOptions";

/** What App gives the settings section. */
export interface SettingsPanelProps {
  readonly host: TaskpaneHost;
  /** The mapping in use (saved, or the default). */
  readonly mapping: InputMapping;
  /** The workbook's sheets from the last check, offered as inputs without a table. */
  readonly sheetNames: readonly string[];
  /** Saves a mapping; reports its own failure. */
  onSave(mapping: InputMapping): Promise<void>;
  /** Called after input sheets were created. */
  onInputSheetsCreated(): void;
  onError(error: unknown): void;
}

/** One input's dropdown. */
export interface MappingField {
  readonly key: InputKey;
  readonly options: readonly MappingOption[];
  readonly selected: MappingOption;
}

/** Everything the settings section renders; built by useSettingsPanel. */
export interface SettingsPanelState {
  /** True until the workbook's tables are known. */
  readonly loading: boolean;
  readonly fields: readonly MappingField[];
  /** True when the chosen mapping differs from the one in use. */
  readonly dirty: boolean;
  readonly saving: boolean;
  choose(key: InputKey, optionValue: string): void;
  save(): void;
  /** Chooses the default layout (WORKBOOK.md); saved only with save(). */
  reset(): void;
  readonly creating: boolean;
  /** What the last createInputSheets did. */
  readonly created?: CreatedInputSheets;
  createInputSheets(): void;
}
