/**
 * The saved input mapping: loaded from the workbook on start (so every co-author reads the same
 * tables) and saved back as one versioned JSON setting.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { InputMapping, TaskpaneHost, ValidationIssue } from "../../workbook/index";
import { DEFAULT_MAPPING, parseMappingSetting, serializeMapping } from "../../workbook/index";

/** The mapping in use, the warnings about a damaged saved setting, and how to save a new one. */
export interface MappingSetting {
  readonly mapping: InputMapping;
  /** Warnings when the saved setting could not be read as a whole (INVALID_MAPPING). */
  readonly issues: readonly ValidationIssue[];
  /** False until the saved setting has been read (or reading it failed). */
  readonly loaded: boolean;
  /** Saves `mapping` in the workbook; rejects with the host's error and then changes nothing. */
  save(mapping: InputMapping): Promise<void>;
}

/** Loads the saved mapping once; `onError` receives a failed load (the default is used then). */
export function useMappingSetting(
  host: TaskpaneHost,
  onError: (error: unknown) => void
): MappingSetting {
  const [state, setState] = useState<{
    mapping: InputMapping;
    issues: readonly ValidationIssue[];
    loaded: boolean;
  }>({ mapping: DEFAULT_MAPPING, issues: [], loaded: false });
  // The latest reporter, so that a new callback identity does not reload the setting.
  const report = useRef(onError);
  report.current = onError;

  useEffect(() => {
    let current = true;
    host.readMappingSetting().then(
      (saved) => {
        if (current) setState({ ...parseMappingSetting(saved), loaded: true });
      },
      (error: unknown) => {
        if (!current) return;
        report.current(error);
        setState((previous) => ({ ...previous, loaded: true }));
      }
    );
    return () => {
      current = false;
    };
  }, [host]);

  const save = useCallback(
    async (mapping: InputMapping) => {
      await host.saveMappingSetting(serializeMapping(mapping));
      setState({ mapping, issues: [], loaded: true });
    },
    [host]
  );

  return { ...state, save };
}
