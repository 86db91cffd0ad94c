/** What the office.js stand-in (office-stub.ts) exposes on the page for tests and the benchmark. */

/** The window property that holds the StubState. */
export const STUB_GLOBAL = "__srOfficeStub";

/** One CustomFunctions.associate call. */
export interface Association {
  readonly id: string;
  /** Milliseconds since navigation start (performance.now() in the page). */
  readonly atMs: number;
}

export interface StubState {
  /** Every association in order. */
  readonly registered: Association[];
  /** Calls the function associated with `id`, as Excel would with cell values. */
  call(id: string, args: readonly unknown[]): unknown;
}
