/**
 * The pane's message bar: the outcome of the last action or what went wrong and what to do.
 * After an action the user started, focus moves here (focus.ts); Escape closes it, like its
 * close button.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useFocusTarget } from "../focus";
import { usePaneLanguage } from "../PaneContext";
import type { Notice } from "../state/notice";
import { useA11yStyles } from "./a11yStyles";

/**
 * The close button's cross, drawn: a text "×" would be read out with the message when the
 * announcer reads the bar, and as "mal" by a German screen reader.
 */
function CloseIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="12" height="12" viewBox="0 0 12 12">
      <path d="M1.5 1.5l9 9M10.5 1.5l-9 9" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}

/** Renders `notice` with a close button. */
export function NoticeBar({ notice, onDismiss }: { notice: Notice; onDismiss(): void }) {
  const { texts } = usePaneLanguage();
  const a11y = useA11yStyles();
  const ref = useFocusTarget<HTMLDivElement>("notice");
  return (
    <MessageBar
      ref={ref}
      tabIndex={-1}
      className={a11y.focusTarget}
      intent={notice.intent}
      layout="multiline"
      onKeyDown={(event) => {
        if (event.key === "Escape") onDismiss();
      }}
    >
      <MessageBarBody>
        {notice.title !== undefined && (
          <>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            {/* Keeps title and text two words apart when the bar is read as one text. */}{" "}
          </>
        )}
        <div lang={notice.textLang}>
          {notice.text}
          {notice.reason !== undefined && (
            <>
              {" "}
              <span lang="de">{notice.reason}</span>
            </>
          )}
        </div>
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            size="small"
            aria-label={texts.dismiss}
            icon={<CloseIcon />}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
