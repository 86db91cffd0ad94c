/**
 * The task pane's entry point: waits for Office, creates the Office.js host and renders the pane.
 * This is the only file of the pane that reads the `Office` global; components get the host and
 * the display language as props.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import packageJson from "../../package.json";
import { OfficeTaskpaneHost } from "../adapters/officejs/index";
import type { TaskpaneHost } from "../workbook/index";
import { App } from "./App";
import { browserDownloads, type FileDownloads } from "./state/download";

/** webpack's hash of this build, injected at build time (the "Über" line names the build). */
declare const __webpack_hash__: string;

/** The build hash as a release records it (scripts/release.cjs: first 12 hex digits). */
const BUILD_HASH = __webpack_hash__.slice(0, 12);

/** Renders the task pane into taskpane.html's #container. */
function mount(
  container: HTMLElement,
  host: TaskpaneHost,
  language: string,
  downloads: FileDownloads
): void {
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <App
          host={host}
          language={language}
          productVersion={packageJson.version}
          downloads={downloads}
          buildHash={BUILD_HASH}
        />
      </FluentProvider>
    </StrictMode>
  );
}

const container = document.getElementById("container");
if (!container) {
  throw new Error("taskpane.html enthält kein Element #container.");
}
// office.js comes from Microsoft's host via a plain <script>; when that host is unreachable the
// global is missing, and a sentence beats a blank pane.
if (typeof Office === "undefined") {
  container.textContent =
    "Office.js konnte nicht geladen werden. Bitte die Internetverbindung prüfen und den " +
    "Aufgabenbereich neu öffnen.";
} else {
  // Rendering before onReady would let the host reach Excel before Office is ready.
  void Office.onReady(() => {
    // App sets <html lang> to the language of its texts.
    const language = Office.context.displayLanguage || "de-DE";
    // Whether the pane may offer files for saving depends on the platform (state/download.ts).
    const platform: unknown = Office.context.diagnostics?.platform;
    const downloads = browserDownloads(typeof platform === "string" ? platform : undefined);
    mount(container, new OfficeTaskpaneHost(), language, downloads);
  });
}
