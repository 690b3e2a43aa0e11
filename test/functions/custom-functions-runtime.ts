/**
 * A stand-in for the CustomFunctions global of Excel's custom-functions runtime, installed
 * when this module is imported. Import it before the functions under test.
 */

/** Same codes as CustomFunctions.ErrorCode in @types/custom-functions-runtime. */
enum ErrorCode {
  invalidValue = "#VALUE!",
  notAvailable = "#N/A",
  divisionByZero = "#DIV/0!",
  invalidNumber = "#NUM!",
  nullReference = "#NULL!",
  invalidName = "#NAME?",
  invalidReference = "#REF!",
}

/** Like CustomFunctions.Error: an error code and an optional message, and no stack. */
class CustomFunctionsError {
  code: ErrorCode;
  message?: string;

  constructor(code: ErrorCode, message?: string) {
    this.code = code;
    this.message = message;
  }
}

Object.assign(globalThis, {
  CustomFunctions: {
    Error: CustomFunctionsError,
    ErrorCode,
    associate: () => undefined,
  },
});

/**
 * Calls a custom function that is expected to fail and returns the CustomFunctions.Error
 * it throws. Fails the test when the call returns or throws anything else.
 */
export function excelErrorOf(call: () => unknown): CustomFunctions.Error {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    if (error instanceof CustomFunctionsError) return error as unknown as CustomFunctions.Error;
    throw error;
  }
  throw new Error(`Expected a CustomFunctions.Error, but the call returned ${String(result)}.`);
}

/** Sets Office.context.displayLanguage as Excel would, or removes the Office global for null. */
export function setDisplayLanguage(tag: string | null): void {
  if (tag === null) {
    delete (globalThis as { Office?: unknown }).Office;
    return;
  }
  Object.assign(globalThis, { Office: { context: { displayLanguage: tag } } });
}
