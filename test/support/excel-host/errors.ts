/**
 * Errors shaped like OfficeExtension.Error ("RichApi.Error" at run time): a `code` from
 * Excel.ErrorCodes / OfficeExtension.ErrorCodes, an English `message` as Excel sends it, and
 * `debugInfo` with the failing statement's location.
 */

/** The codes the fake raises. */
export type ExcelHostErrorCode =
  | "AccessDenied"
  | "GeneralException"
  | "ConnectionFailure"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "MergedRangeConflict"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RunMustReturnPromise"
  | "InvalidObjectPath"
  | "ValueNotLoaded";

/** Excel's own texts for the codes a test may inject without a message. */
export const DEFAULT_MESSAGES: Readonly<Record<ExcelHostErrorCode, string>> = {
  AccessDenied: "You cannot perform the requested operation.",
  GeneralException: "There was an internal error while processing the request.",
  ConnectionFailure: "There was a connection failure when processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation is invalid for the object.",
  InvalidReference: "This reference is not valid for the current operation.",
  ItemAlreadyExists: "The resource already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  MergedRangeConflict: "Cannot change part of a merged cell.",
  PropertyNotLoaded:
    'The property is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.',
  InvalidObjectPath: "The object path isn't working for what you're trying to do.",
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
};

/** An error as context.sync() rejects with it. */
export class ExcelHostError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string; errorLocation?: string; statement?: string };
  readonly traceMessages: string[] = [];
  readonly httpStatusCode: number;

  /**
   * @param code the Office error code
   * @param message Excel's (English) message; defaults to Excel's text for the code
   * @param errorLocation the object or statement that failed, for debugInfo
   */
  constructor(
    readonly code: ExcelHostErrorCode,
    message: string = DEFAULT_MESSAGES[code],
    errorLocation?: string
  ) {
    super(message);
    this.debugInfo =
      errorLocation === undefined ? { code, message } : { code, message, errorLocation };
    this.httpStatusCode = code === "ItemNotFound" ? 404 : code === "AccessDenied" ? 403 : 400;
  }
}

/** PropertyNotLoaded for reading `property` of `typeName` before load + sync. */
export function propertyNotLoaded(typeName: string, property: string): ExcelHostError {
  return new ExcelHostError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`
  );
}
