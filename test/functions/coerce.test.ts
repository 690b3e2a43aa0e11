import { ArgumentProblem, cellDetails, readAmounts, readNumber, readProbabilities, requireSameSize, sumNumbers } from "../../src/functions/coerce";

/** Runs a reader that is expected to fail and returns its ArgumentProblem. */
function problemOf(call: () => unknown): ArgumentProblem {
  try {
    call();
  } catch (error) {
    if (error instanceof ArgumentProblem) return error;
    throw error;
  }
  throw new Error("Expected an ArgumentProblem, but the call returned.");
}

describe("readAmounts", () => {
  test("values, blanks and positions", () => {
    const numbers = readAmounts("amounts", [[100, null], ["", "¥1,200"], [0, "1.2万"]]);
    expect(Array.from(numbers.values)).toEqual([100, NaN, NaN, 1200, 0, 12000]);
    const positions = numbers.values.map((_value, index) => {
      const { row, column } = cellDetails("amounts", numbers, index);
      return row! * 10 + column!;
    });
    expect(Array.from(positions)).toEqual([11, 12, 21, 22, 31, 32]);
    expect(cellDetails("amounts", numbers, 3).value).toBe("¥1,200");
    expect(numbers.rowCount).toBe(3);
    expect(numbers.columnCount).toBe(2);
  });

  test("whitespace text is blank", () => {
    expect(Array.from(readAmounts("amounts", [["  "]]).values)).toEqual([NaN]);
  });

  test("negative amounts are kept", () => {
    expect(Array.from(readAmounts("amounts", [[-500], ["(1,200)"]]).values)).toEqual([-500, -1200]);
  });

  test("data-type values read by basicValue", () => {
    const numbers = readAmounts("amounts", [[{ type: "Double", basicValue: 5, numberFormat: "0.00" }], [{ type: "String", basicValue: "¥7" }]]);
    expect(Array.from(numbers.values)).toEqual([5, 7]);
  });

  test("flat array read as one column", () => {
    const numbers = readAmounts("amounts", [1, 2, 3]);
    expect(numbers.rowCount).toBe(3);
    expect(numbers.columnCount).toBe(1);
    expect(Array.from(numbers.values)).toEqual([1, 2, 3]);
  });

  test("null and undefined are empty ranges", () => {
    expect(readAmounts("amounts", null).values.length).toBe(0);
    expect(readAmounts("amounts", undefined).rowCount).toBe(0);
  });

  test("unreadable text problem", () => {
    const problem = problemOf(() => readAmounts("open_amounts", [[1], ["abc"]]));
    expect(problem.code).toBe("value");
    expect(problem.reason).toBe("unreadableAmount");
    expect(problem.argument).toBe("open_amounts");
    expect(problem.row).toBe(2);
    expect(problem.column).toBeNull();
    expect(problem.value).toBe("abc");
  });

  test("error cell problem in each form", () => {
    const forms: unknown[] = [
      { code: "#N/A" },
      "#N/A",
      " #n/a ",
      { type: "Error", basicValue: "#N/A", errorType: "NotAvailable" },
      { type: "String", basicValue: "#N/A" },
    ];
    for (const form of forms) {
      const problem = problemOf(() => readAmounts("amounts", [[1], [2], [form]]));
      expect(problem.code).toBe("value");
      expect(problem.reason).toBe("errorCell");
      expect(problem.row).toBe(3);
      expect(problem.value).toBe("#N/A");
    }
  });

  test("comma decimal text is not read", () => {
    // parseAmount reads "1.234,56" only with the decimalComma option, which functions do not set.
    expect(problemOf(() => readAmounts("amounts", [["1.234,56"]])).reason).toBe("unreadableAmount");
  });
});

describe("readProbabilities", () => {
  test("column of fractions stays", () => {
    expect(Array.from(readProbabilities("p", [[0.2], [0.6], [1]]).values)).toEqual([0.2, 0.6, 1]);
  });

  test("column with a number above 1 is percents", () => {
    expect(Array.from(readProbabilities("p", [[20], [0.5], [60]]).values)).toEqual([0.2, 0.005, 0.6]);
  });

  test("percent text is a fraction", () => {
    expect(Array.from(readProbabilities("p", [["60%"], [" 5 % "], ["６０％"]]).values)).toEqual([0.6, 0.05, 0.6]);
  });

  test("blanks stay NaN", () => {
    expect(Array.from(readProbabilities("p", [[null], [""], [40]]).values)).toEqual([NaN, NaN, 0.4]);
  });

  test("out of range problem names the row", () => {
    const problem = problemOf(() => readProbabilities("probabilities", [[10], [20], [101]]));
    expect(problem.reason).toBe("probabilityOutOfRange");
    expect(problem.code).toBe("value");
    expect(problem.row).toBe(3);
    expect(problem.value).toBe(101);
  });

  test("unreadable text problem", () => {
    const problem = problemOf(() => readProbabilities("probabilities", [["high"]]));
    expect(problem.reason).toBe("unreadableProbability");
    expect(problem.row).toBe(1);
  });
});

describe("readNumber", () => {
  test("bare value, one-cell range and text", () => {
    expect(readNumber("quota", 600000)).toBe(600000);
    expect(readNumber("quota", [[600000]])).toBe(600000);
    expect(readNumber("quota", "60万")).toBe(600000);
  });

  test("blank is NaN", () => {
    expect(readNumber("quota", null)).toBeNaN();
    expect(readNumber("quota", "")).toBeNaN();
    expect(readNumber("quota", [[null]])).toBeNaN();
  });

  test("problems have no row", () => {
    const unreadable = problemOf(() => readNumber("quota", "lots"));
    expect(unreadable.reason).toBe("unreadableAmount");
    expect(unreadable.row).toBeNull();

    const error = problemOf(() => readNumber("quota", "#DIV/0!"));
    expect(error.reason).toBe("errorCell");
    expect(error.row).toBeNull();

    const range = problemOf(() => readNumber("quota", [[1, 2]]));
    expect(range.reason).toBe("notSingleValue");
    expect(range.params).toEqual({ rows: 1, columns: 2 });
  });
});

describe("requireSameSize", () => {
  test("same size passes", () => {
    const a = readAmounts("amounts", [[1], [2]]);
    const b = readProbabilities("probabilities", [[0.1], [0.2]]);
    expect(() => requireSameSize({ argument: "amounts", range: a }, { argument: "probabilities", range: b })).not.toThrow();
  });

  test("empty ranges are the same size", () => {
    const a = readAmounts("amounts", []);
    const b = readProbabilities("probabilities", [[]]);
    expect(() => requireSameSize({ argument: "amounts", range: a }, { argument: "probabilities", range: b })).not.toThrow();
  });

  test("mismatch problem", () => {
    const a = readAmounts("amounts", [[1], [2]]);
    const b = readProbabilities("probabilities", [[0.1]]);
    const problem = problemOf(() => requireSameSize({ argument: "amounts", range: a }, { argument: "probabilities", range: b }));
    expect(problem.code).toBe("value");
    expect(problem.reason).toBe("sizeMismatch");
    expect(problem.argument).toBe("probabilities");
  });
});

describe("sumNumbers", () => {
  test("skips blanks", () => {
    expect(sumNumbers(readAmounts("amounts", [[1], [null], [2.5]]))).toBe(3.5);
  });
});
