/**
 * The "Einstellungen" section: a dropdown per input (a table of the workbook or a sheet without
 * a table), saved for all co-authors, and the creation of the default input sheets. Render only;
 * the logic is in useSettingsPanel.
 */
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  OptionGroup,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { CreatedInputSheets } from "../../workbook/index";
import { useA11yStyles } from "../components/a11yStyles";
import { formatList } from "../format";
import type { Texts } from "../i18n";
import { usePaneLanguage } from "../PaneContext";
import type { MappingOption } from "./mappingOptions";
import type { MappingField, SettingsPanelProps } from "./SettingsPanel.types";
import { useSettingsPanel } from "./useSettingsPanel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXL },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  intro: { color: tokens.colorNeutralForeground3 },
  dropdown: { minWidth: 0, width: "100%" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

function optionText(option: MappingOption, texts: Texts): string {
  if (option.kind === "table") return texts.tableOption(option.name, option.sheet);
  if (option.kind === "sheet") return texts.sheetOption(option.name);
  return texts.missingOption(option.location.table, option.location.sheet);
}

function fieldHint(option: MappingOption, texts: Texts): string {
  if (option.kind === "table") return texts.columnsHint(option.headers.join(", "));
  return option.kind === "sheet" ? texts.sheetHint : texts.missingHint;
}

function MappingDropdown(props: {
  field: MappingField;
  disabled: boolean;
  choose(value: string): void;
}) {
  const styles = useStyles();
  const { texts } = usePaneLanguage();
  const { field } = props;
  const group = (kind: MappingOption["kind"], label?: string) => {
    const options = field.options.filter((option) => option.kind === kind);
    if (options.length === 0) return null;
    const items = options.map((option) => (
      <Option key={option.value} value={option.value}>
        {optionText(option, texts)}
      </Option>
    ));
    return label === undefined ? items : <OptionGroup label={label}>{items}</OptionGroup>;
  };
  const missing = field.selected.kind === "missing";
  return (
    <Field
      label={texts.inputLabel(field.key)}
      hint={missing ? undefined : fieldHint(field.selected, texts)}
      validationState={missing ? "warning" : "none"}
      validationMessage={missing ? texts.missingHint : undefined}
    >
      <Dropdown
        className={styles.dropdown}
        disabled={props.disabled}
        value={optionText(field.selected, texts)}
        selectedOptions={[field.selected.value]}
        // Not clearable, but Fluent keeps a hidden clear button, named in English.
        clearButton={{ "aria-label": texts.clearSelection }}
        onOptionSelect={(_, data) => data.optionValue && props.choose(data.optionValue)}
      >
        {group("table", texts.tablesGroup)}
        {group("sheet", texts.sheetsGroup)}
        {group("missing")}
      </Dropdown>
    </Field>
  );
}

/** What the creation did; it takes the focus when it appears (after the button was pressed). */
function CreatedReport({ created }: { created: CreatedInputSheets }) {
  const { texts, locale } = usePaneLanguage();
  const a11y = useA11yStyles();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [created]);
  const lines = [
    created.created.length > 0 ? texts.createdSheets(formatList(created.created, locale)) : "",
    created.skipped.length > 0 ? texts.skippedSheets(formatList(created.skipped, locale)) : "",
  ].filter((line) => line !== "");
  return (
    <MessageBar
      ref={ref}
      tabIndex={-1}
      className={a11y.focusTarget}
      intent={created.created.length > 0 ? "success" : "info"}
      layout="multiline"
    >
      <MessageBarBody>
        {created.created.length === 0 && <div>{texts.nothingCreated}</div>}
        {lines.map((line) => (
          <div key={line}>{line}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Renders the settings section. */
export function SettingsPanel(props: SettingsPanelProps) {
  const styles = useStyles();
  const { texts } = usePaneLanguage();
  const state = useSettingsPanel(props);
  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby="sr-settings-mapping">
        <Subtitle2 as="h2" id="sr-settings-mapping" className={styles.heading}>
          {texts.mappingHeading}
        </Subtitle2>
        <Caption1 className={styles.intro}>{texts.mappingIntro}</Caption1>
        {state.loading && <Spinner size="tiny" label={texts.loadingTables} />}
        {state.fields.map((field) => (
          <MappingDropdown
            key={field.key}
            field={field}
            disabled={state.loading || state.saving}
            choose={(value) => state.choose(field.key, value)}
          />
        ))}
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={!state.dirty || state.saving}
            disabledFocusable={state.saving}
            onClick={state.save}
          >
            {texts.saveMapping}
          </Button>
          <Button disabled={state.saving} onClick={state.reset}>
            {texts.resetMapping}
          </Button>
        </div>
      </section>
      <section className={styles.section} aria-labelledby="sr-settings-create">
        <Subtitle2 as="h2" id="sr-settings-create" className={styles.heading}>
          {texts.createHeading}
        </Subtitle2>
        <Caption1 className={styles.intro}>{texts.createIntro}</Caption1>
        <div className={styles.actions}>
          <Button
            disabled={state.creating}
            disabledFocusable={state.creating}
            onClick={state.createInputSheets}
          >
            {texts.createButton}
          </Button>
          {state.creating && <Spinner size="tiny" label={texts.creatingSheets} />}
        </div>
        {state.created && <CreatedReport created={state.created} />}
      </section>
    </div>
  );
}
