/** The error codes the fake raises, as Office.js spells them (OfficeExtension.ErrorCodes / Excel.ErrorCodes). */
export type OfficeErrorCode =
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'GeneralException'
  | 'InvalidArgument'
  | 'InvalidObjectPath'
  | 'InvalidOperation'
  | 'InvalidOperationInCellEditMode'
  | 'InvalidReference'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'MergedRangeConflict'
  | 'NotImplemented'
  | 'PropertyNotLoaded'
  | 'RangeExceedsLimit'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'UndoNotSupported';

/** Where an error happened, like OfficeExtension.DebugInfo. */
export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

/** An error shaped like OfficeExtension.Error as the runtime throws it: name "RichApi.Error", a code, a message, debugInfo. */
export class OfficeError extends Error {
  readonly code: string;
  readonly debugInfo: FakeDebugInfo;
  readonly httpStatusCode: number;
  readonly traceMessages: string[] = [];
  readonly innerError: unknown = null;

  constructor(code: OfficeErrorCode | string, message: string, errorLocation?: string, httpStatusCode = 400) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.httpStatusCode = httpStatusCode;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
    Object.setPrototypeOf(this, OfficeError.prototype);
  }
}

const MESSAGES: Partial<Record<OfficeErrorCode, string>> = {
  AccessDenied: 'You cannot perform the requested operation.',
  InvalidOperationInCellEditMode:
    'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
  ItemNotFound: 'The requested resource doesn\u2019t exist.',
  ItemAlreadyExists: 'The resource being created already exists.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The requested operation is invalid.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  RangeExceedsLimit: 'The cell count in the range has exceeded the maximum supported number.',
  NotImplemented: 'The requested feature isn\u2019t implemented.',
  MergedRangeConflict:
    'Cannot complete the operation. A table can\u2019t overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.',
};

/** An OfficeError with Excel's usual message for the code, and an optional detail appended. */
export function officeError(code: OfficeErrorCode, errorLocation?: string, detail?: string): OfficeError {
  const base = MESSAGES[code] ?? code;
  return new OfficeError(code, detail ? `${base} (${detail})` : base, errorLocation);
}

/** The error a getter throws for a property that was not loaded and synced. */
export function notLoaded(type: string, prop: string): OfficeError {
  return new OfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${prop}`,
  );
}

/** The error thrown at once when a member needs a newer ExcelApi requirement set than the host supports. */
export function apiNotFound(member: string, version: string): OfficeError {
  return new OfficeError(
    'ApiNotFound',
    `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${member} needs ExcelApi ${version})`,
    member,
    404,
  );
}
