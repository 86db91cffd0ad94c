/**
 * A message bar announces its text by itself when it appears. The check's verdict and the fill's
 * result are announced by the pane in one sentence of their own (state/useAnnouncements.ts), so
 * their bars are rendered in here, where the bar's own announcement goes nowhere, and a screen
 * reader hears each outcome once.
 */
import { AnnounceProvider } from "@fluentui/react-components";
import type { ReactNode } from "react";

const SILENT = { announce: () => undefined };

/** Renders `children` with message bars that do not announce themselves. */
export function SilentAnnouncements({ children }: { readonly children: ReactNode }) {
  return <AnnounceProvider value={SILENT}>{children}</AnnounceProvider>;
}
