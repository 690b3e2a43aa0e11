/**
 * A minimal CustomFunctions global, installed on import when none exists, because outside
 * Excel the functions have no runtime to build their errors with. With it a function that
 * rejects its arguments throws an error whose code and message the table can show.
 */

/** Like CustomFunctions.Error of @types/custom-functions-runtime: an Excel error code and an optional message. */
export class BenchFunctionError {
  readonly code: string;
  readonly message: string | undefined;

  constructor(code: string, message?: string) {
    this.code = code;
    this.message = message;
  }
}

if (typeof (globalThis as { CustomFunctions?: unknown }).CustomFunctions === "undefined") {
  Object.assign(globalThis, {
    CustomFunctions: {
      Error: BenchFunctionError,
      ErrorCode: {
        invalidValue: "#VALUE!",
        notAvailable: "#N/A",
        divisionByZero: "#DIV/0!",
        invalidNumber: "#NUM!",
        nullReference: "#NULL!",
        invalidName: "#NAME?",
        invalidReference: "#REF!",
      },
      associate: () => undefined,
    },
  });
}
