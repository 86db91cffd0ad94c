/**
 * The pane's message bar: the outcome of the last action or what went wrong and what to do.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { usePaneLanguage } from "../PaneContext";
import type { Notice } from "../state/notice";

/** Renders `notice` with a close button. */
export function NoticeBar({ notice, onDismiss }: { notice: Notice; onDismiss(): void }) {
  const { texts } = usePaneLanguage();
  return (
    <MessageBar intent={notice.intent} layout="multiline">
      <MessageBarBody>
        {notice.title !== undefined && <MessageBarTitle>{notice.title}</MessageBarTitle>}
        <div>{notice.text}</div>
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            size="small"
            aria-label={texts.dismiss}
            icon={<span aria-hidden="true">×</span>}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
