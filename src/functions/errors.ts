/**
 * The edge between the functions and Excel: an ArgumentProblem becomes a
 * CustomFunctions.Error here and nowhere else.
 */
import { ArgumentProblem, type ProblemCode } from "./coerce";
import { describeProblem } from "./messages";

function errorCodeFor(code: ProblemCode): CustomFunctions.ErrorCode {
  switch (code) {
    case "value":
      return CustomFunctions.ErrorCode.invalidValue;
    case "num":
      return CustomFunctions.ErrorCode.invalidNumber;
    case "na":
      return CustomFunctions.ErrorCode.notAvailable;
    case "div":
      return CustomFunctions.ErrorCode.divisionByZero;
  }
}

/**
 * Converts a problem to the Excel error the cell shows. #NUM! and #DIV/0! get no message,
 * because Excel shows custom messages only with #VALUE! and #N/A (CustomFunctions.ErrorCode
 * docs, CustomFunctionsRuntime 1.3).
 */
export function toCustomFunctionsError(problem: ArgumentProblem): CustomFunctions.Error {
  const code = errorCodeFor(problem.code);
  if (problem.code === "num" || problem.code === "div") return new CustomFunctions.Error(code);
  return new CustomFunctions.Error(code, describeProblem(problem));
}

/**
 * Runs a function body and rethrows an ArgumentProblem as a CustomFunctions.Error. Any
 * other exception is a bug, and it propagates unchanged so that it is not reported to the
 * user as bad input.
 */
export function withExcelErrors<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof ArgumentProblem) throw toCustomFunctionsError(error);
    throw error;
  }
}
