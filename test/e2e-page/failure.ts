/**
 * The failures the e2e page can inject into its next Excel call (window.__failNextExcelCall),
 * shared by the harness (in the browser) and the e2e tests (in Node).
 */

/**
 * What a failed call looks like: "excel" is Excel refusing a request as it does when the
 * connection drops (context.sync rejects with an OfficeExtension.Error, code ConnectionFailure);
 * "unexpected" is Excel.run rejecting with a plain TypeError, as a bug in the add-in would.
 */
export type FailureKind = "excel" | "unexpected";

/** The TypeError's message for the "unexpected" failure. */
export const UNEXPECTED_FAILURE = "E2E: absichtlich ausgelöster Programmfehler";
