/** @jest-environment ./test/taskpane/browser-environment.ts */
/**
 * The pane's "Über" line names the version and the build (issue 11), so a support call can tell
 * which release a user runs.
 */
import { firstCheck, renderPane, sampleWorkbook, screen } from "./helpers";

describe("when the pane shows what it is", () => {
  it("can name the version and the release's build hash", async () => {
    renderPane(sampleWorkbook().host, { productVersion: "2.4.0", buildHash: "ee81b286d628" });
    await firstCheck();

    expect(screen.getByText(/^Über:/)).toHaveTextContent("Über: Version 2.4.0, Build ee81b286d628");
  });

  it("can name the version alone when no build hash is known", async () => {
    renderPane(sampleWorkbook().host, { productVersion: "2.4.0" });
    await firstCheck();

    expect(screen.getByText(/^Über:/)).toHaveTextContent(/^Über: Version 2\.4\.0$/);
  });

  it("can say it in English", async () => {
    renderPane(sampleWorkbook().host, {
      language: "en-US",
      productVersion: "2.4.0",
      buildHash: "ee81b286d628",
    });
    await screen.findByText(/^Last checked at/);

    expect(screen.getByText(/^About:/)).toHaveTextContent(
      "About: version 2.4.0, build ee81b286d628"
    );
  });
});
