/**
 * Styles the pane uses for accessibility: text only screen readers read, and a visible focus
 * ring on the elements focus moves to after an action (message bars, headings), which are not
 * focusable by Tab and so have no focus style of Fluent's own.
 */
import { makeStyles, tokens } from "@fluentui/react-components";

/** Returns the classes `visuallyHidden` and `focusTarget`. */
export const useA11yStyles = makeStyles({
  // Out of sight but in the accessibility tree (the usual clip pattern; display: none would
  // hide it from screen readers too).
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
  // Forced-colours mode keeps outlines and maps the colour to the system's highlight.
  focusTarget: {
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThick,
    },
    "@media (forced-colors: active)": {
      ":focus-visible": { outlineColor: "Highlight" },
    },
  },
});
