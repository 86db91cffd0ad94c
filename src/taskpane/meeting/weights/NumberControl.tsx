/**
 * A slider with a spin button beside it for one tried value: the slider for trying, the spin
 * button for an exact figure (typed in German "0,45" or plain "0.45").
 */
import { Label, Slider, SpinButton, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Dec } from "../../../core/decimal";
import { formatDecimal } from "../../format";
import { useA11yStyles } from "../../components/a11yStyles";
import { usePaneLanguage } from "../../PaneContext";
import { parseTyped } from "./trial";

/** What one control shows and does. */
export interface NumberControlProps {
  readonly label: string;
  /** Shown visibly above the slider; otherwise the label is only the slider's accessible name. */
  readonly showLabel: boolean;
  readonly value: Dec;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly digits: number;
  readonly changed: boolean;
  onChange(value: number): void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: "2px" },
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  slider: { flexGrow: 1, minWidth: "120px" },
  spin: { width: "84px", flexShrink: 0 },
  changed: { fontWeight: tokens.fontWeightSemibold },
  marker: { color: tokens.colorBrandForeground1 },
});

/** Renders the slider and the spin button of one value. */
export function NumberControl(props: NumberControlProps) {
  const styles = useStyles();
  const a11y = useA11yStyles();
  const { texts, locale } = usePaneLanguage();
  const id = useId("sr-number");
  // The slider's range grows to a typed value beyond it, so both controls always agree.
  const max = Math.max(props.max, props.value.toNumber());
  return (
    <div className={styles.root}>
      {props.showLabel && (
        <Label htmlFor={id} size="small" className={props.changed ? styles.changed : undefined}>
          {props.label}
          {props.changed && (
            <>
              <span aria-hidden="true" className={styles.marker}>
                {" •"}
              </span>
              <span className={a11y.visuallyHidden}> ({texts.changedMarker})</span>
            </>
          )}
        </Label>
      )}
      <div className={styles.row}>
        <Slider
          id={id}
          className={styles.slider}
          size="small"
          min={props.min}
          max={max}
          step={props.step}
          value={props.value.toNumber()}
          {...(props.showLabel ? {} : { "aria-label": props.label })}
          onChange={(_, data) => props.onChange(data.value)}
        />
        <SpinButton
          className={styles.spin}
          size="small"
          aria-label={texts.spinLabel(props.label)}
          // Fluent names its arrow buttons in English ("Increment value").
          incrementButton={{ "aria-label": texts.spinUp }}
          decrementButton={{ "aria-label": texts.spinDown }}
          min={props.min}
          step={props.step}
          value={props.value.toNumber()}
          displayValue={formatDecimal(props.value, locale, props.digits)}
          onChange={(_, data) => {
            const typed =
              data.value === undefined || data.value === null
                ? parseTyped(data.displayValue ?? "")?.toNumber()
                : data.value;
            if (typed !== undefined) props.onChange(typed);
          }}
        />
      </div>
    </div>
  );
}
