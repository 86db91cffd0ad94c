/**
 * Offering a file for saving from the task pane, and whether the host lets an add-in do that.
 *
 * What Office allows (Microsoft's documentation and the office-js issue tracker): in Excel on the
 * web the pane is an ordinary browser frame and a link with `download` to a blob URL saves the
 * file; Excel on Windows (WebView2) does the same. Excel for Mac (WKWebView) and for iPad ignore
 * such downloads silently (OfficeDev/office-js #2700, closed "by design"; #4681, #3385).
 * Office.context.ui.openBrowserWindow (OpenBrowserWindowApi 1.1: Windows, Mac, iPad, not the web)
 * only opens a URL in the system browser, which cannot read the pane's in-memory blob URL, and the
 * add-in has no server to put the file on (it sends nothing anywhere). So where downloads do not
 * work the pane says so and points to Excel on the web, Windows or the CLI.
 */

/** Whether files can be offered for saving, and why not. */
export type DownloadSupport =
  | { readonly supported: true }
  | { readonly supported: false; readonly reason: "mac" | "ipad" | "other" };

/** Saves files from the pane; `support` tells beforehand whether it can. */
export interface FileDownloads {
  readonly support: DownloadSupport;
  /** Offers `bytes` for saving as `fileName` (the browser's or Excel's save dialog). */
  save(bytes: Uint8Array<ArrayBuffer>, fileName: string, mimeType: string): void;
}

/**
 * Returns the download support of an Office platform (Office.context.diagnostics.platform:
 * "OfficeOnline", "PC", "Mac", "iOS", "Android", "Universal"); undefined (a plain browser, the
 * tests' page) counts as a browser.
 */
export function downloadSupportOf(platform: string | undefined): DownloadSupport {
  switch (platform) {
    case undefined:
    case "OfficeOnline":
    case "PC":
      return { supported: true };
    case "Mac":
      return { supported: false, reason: "mac" };
    case "iOS":
      return { supported: false, reason: "ipad" };
    default:
      return { supported: false, reason: "other" };
  }
}

/** How long the blob URL stays valid after the click: the save dialog reads it asynchronously. */
const REVOKE_AFTER_MS = 60_000;

/** Returns downloads through a link with `download` in `doc`, for the given Office platform. */
export function browserDownloads(
  platform: string | undefined,
  doc: Document = document
): FileDownloads {
  return {
    support: downloadSupportOf(platform),
    save(bytes, fileName, mimeType) {
      const view = doc.defaultView;
      if (view === null) throw new Error("Kein Fenster zum Speichern der Datei.");
      const url = view.URL.createObjectURL(new view.Blob([bytes], { type: mimeType }));
      const link = doc.createElement("a");
      link.href = url;
      link.download = fileName;
      link.style.display = "none";
      doc.body.appendChild(link);
      link.click();
      link.remove();
      view.setTimeout(() => view.URL.revokeObjectURL(url), REVOKE_AFTER_MS);
    },
  };
}
