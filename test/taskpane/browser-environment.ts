/**
 * jsdom as the task pane's browser for component tests. jest-environment-jsdom 29 leaves out
 * TextEncoder and TextDecoder, which every browser Office runs add-ins in has; the workbook
 * layer's input checksum needs TextEncoder. Everything else is jsdom as it is.
 */
import { TestEnvironment } from "jest-environment-jsdom";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";

/** The jsdom environment with the browser's text codecs. */
export default class BrowserEnvironment extends TestEnvironment {
  override async setup(): Promise<void> {
    await super.setup();
    this.global.TextEncoder ??= NodeTextEncoder as unknown as typeof TextEncoder;
    this.global.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;
  }
}
