/**
 * Live mode: while the pane is open it listens to changes of the input tables — this user's and
 * the co-authors' — and runs one check per burst of edits (createLiveRunner), so the pane shows
 * what a change broke while people are still talking about it.
 */
import { useEffect, useRef, useState } from "react";
import type { InputsChangedEvent, TaskpaneHost } from "../../workbook/index";
import { createLiveRunner } from "./liveRunner";

/** How long the inputs must be quiet before a check runs: a typed number, not every keystroke. */
export const LIVE_DELAY_MS = 600;

/** Whether changes are being listened to. */
export type LiveStatus = "connecting" | "live" | "unavailable";

/** The subscription's status and the last change seen. */
export interface LiveUpdates {
  readonly status: LiveStatus;
  readonly lastChange?: InputsChangedEvent;
}

/**
 * Subscribes to input changes while mounted and while `enabled`; resubscribes when `key` changes
 * (another mapping or new input tables). `task` runs debounced after changes; its failures and a
 * failed subscription go to `onError`.
 */
export function useLiveUpdates(
  host: TaskpaneHost,
  enabled: boolean,
  key: string,
  task: () => Promise<void>,
  onError: (error: unknown) => void
): LiveUpdates {
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const [lastChange, setLastChange] = useState<InputsChangedEvent>();
  const latest = useRef({ task, onError });
  latest.current = { task, onError };

  useEffect(() => {
    if (!enabled) return undefined;
    let active = true;
    let unsubscribe: (() => Promise<void>) | undefined;
    const runner = createLiveRunner(
      () => latest.current.task(),
      LIVE_DELAY_MS,
      (error) => latest.current.onError(error)
    );
    setStatus("connecting");
    host
      .onInputsChanged((event) => {
        if (!active) return;
        setLastChange(event);
        runner.notify();
      })
      .then(
        (remove) => {
          unsubscribe = remove;
          // Unmounted before Excel confirmed the subscription: remove it at once.
          if (!active) void remove().catch(() => undefined);
          else setStatus("live");
        },
        (error: unknown) => {
          if (!active) return;
          setStatus("unavailable");
          latest.current.onError(error);
        }
      );
    return () => {
      active = false;
      runner.dispose();
      // Removing a handler can fail when Excel is already gone (pane closing); nothing is left to do.
      if (unsubscribe) void unsubscribe().catch(() => undefined);
    };
  }, [host, enabled, key]);

  return lastChange === undefined ? { status } : { status, lastChange };
}
