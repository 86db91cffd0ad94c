/** @jest-environment ./test/taskpane/browser-environment.ts */
import { browserDownloads, downloadSupportOf } from "../../../src/taskpane/state/download";

describe("downloadSupportOf", () => {
  it.each([
    [undefined, { supported: true }],
    ["OfficeOnline", { supported: true }],
    ["PC", { supported: true }],
    ["Mac", { supported: false, reason: "mac" }],
    ["iOS", { supported: false, reason: "ipad" }],
    ["Android", { supported: false, reason: "other" }],
    ["Universal", { supported: false, reason: "other" }],
  ])("for the platform %s is %j", (platform, support) => {
    expect(downloadSupportOf(platform)).toEqual(support);
  });
});

describe("browserDownloads", () => {
  it("can offer bytes for saving through a link with »download« to a blob URL", async () => {
    const created: Blob[] = [];
    const clicked: { href: string; download: string; inDocument: boolean }[] = [];
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return "blob:https://localhost/anlage";
    };
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      clicked.push({
        href: this.href,
        download: this.download,
        inDocument: document.body.contains(this),
      });
    });
    const bytes = new Uint8Array([80, 75, 3, 4]);
    browserDownloads("OfficeOnline").save(bytes, "Anlage.docx", "application/x-test");
    click.mockRestore();
    expect(clicked).toEqual([
      { href: "blob:https://localhost/anlage", download: "Anlage.docx", inDocument: true },
    ]);
    expect(created.map((blob) => [blob.type, blob.size])).toEqual([["application/x-test", 4]]);
    expect(document.querySelectorAll("a")).toHaveLength(0);
  });
});
