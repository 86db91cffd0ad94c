/**
 * The header's status line: whether live mode listens to changes, and when the inputs were last
 * checked, so everyone in the meeting can tell whether the pane is up to date.
 */
import { Badge, Caption1, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { formatTime } from "../format";
import { usePaneLanguage } from "../PaneContext";
import type { LiveStatus as Status } from "../state/useLiveUpdates";

/** What the status line shows. */
export interface LiveStatusProps {
  readonly status: Status;
  readonly checkedAt?: Date;
  readonly checking: boolean;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  dot: {
    width: "6px",
    height: "6px",
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: "currentColor",
  },
  time: { color: tokens.colorNeutralForeground3 },
});

/** Renders the live badge and the time of the last check. */
export function LiveStatus({ status, checkedAt, checking }: LiveStatusProps) {
  const styles = useStyles();
  const { texts, locale } = usePaneLanguage();
  const badge =
    status === "live" ? (
      <Badge appearance="tint" color="success" icon={<span className={styles.dot} />}>
        {texts.liveOn}
      </Badge>
    ) : status === "connecting" ? (
      <Badge appearance="tint" color="subtle">
        {texts.liveConnecting}
      </Badge>
    ) : (
      <Badge appearance="tint" color="warning" title={texts.liveUnavailableHint}>
        {texts.liveUnavailable}
      </Badge>
    );
  return (
    <div className={styles.root}>
      {badge}
      {checking ? (
        <Spinner size="extra-tiny" label={texts.checkingNow} labelPosition="after" />
      ) : (
        <Caption1 className={styles.time}>
          {checkedAt === undefined
            ? texts.notCheckedYet
            : texts.lastChecked(formatTime(checkedAt, locale))}
        </Caption1>
      )}
    </div>
  );
}
