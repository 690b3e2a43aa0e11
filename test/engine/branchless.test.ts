import { amountIf, bit, flagIf, isBetween, isNumber, select, valueOr } from "../../src/engine/branchless";

describe("bit", () => {
  test("true is 1", () => {
    expect(bit(3 < 5)).toBe(1);
  });

  test("false is 0", () => {
    expect(bit(5 < 3)).toBe(0);
  });

  test("comparison with NaN is 0", () => {
    expect(bit(NaN < 5)).toBe(0);
    expect(bit(NaN >= 5)).toBe(0);
  });
});

describe("isNumber", () => {
  test.each([
    [0, 1],
    [-12.5, 1],
    [Infinity, 1],
    [-Infinity, 1],
    [NaN, 0],
  ])("isNumber(%p) is %p", (value, expected) => {
    expect(isNumber(value)).toBe(expected);
  });
});

describe("isBetween", () => {
  test.each([
    [15, 1],
    [10, 1],
    [20, 1],
    [9, 0],
    [21, 0],
    [NaN, 0],
  ])("isBetween(%p, 10, 20) is %p", (value, expected) => {
    expect(isBetween(value, 10, 20)).toBe(expected);
  });
});

describe("select", () => {
  test("hit takes the first value", () => {
    expect(select(1, 250, -1)).toBe(250);
  });

  test("miss takes the second value", () => {
    expect(select(0, 250, -1)).toBe(-1);
  });

  test("NaN passes through", () => {
    expect(select(1, NaN, 0)).toBeNaN();
    expect(select(0, 0, NaN)).toBeNaN();
  });
});

describe("valueOr", () => {
  test("number is kept", () => {
    expect(valueOr(0.25, 0.4)).toBe(0.25);
  });

  test("NaN takes the fallback", () => {
    expect(valueOr(NaN, 0.4)).toBe(0.4);
  });

  test("fallback may be NaN", () => {
    expect(valueOr(NaN, NaN)).toBeNaN();
  });

  test("negative zero is kept", () => {
    expect(Object.is(valueOr(-0, 1), -0)).toBe(true);
  });
});

describe("amountIf", () => {
  test("hit adds the amount", () => {
    expect(amountIf(1, 250)).toBe(250);
  });

  test("miss adds nothing", () => {
    expect(amountIf(0, 250)).toBe(0);
  });

  test("missing amount adds nothing", () => {
    expect(amountIf(1, NaN)).toBe(0);
    expect(amountIf(0, NaN)).toBe(0);
  });

  test("infinite amount only on a hit", () => {
    expect(amountIf(1, Infinity)).toBe(Infinity);
    expect(amountIf(0, Infinity)).toBe(0);
    expect(amountIf(0, -Infinity)).toBe(0);
  });

  test("sum equals the sum of the hits", () => {
    // Hits: 100.1 + 0.2 + 300 = 400.3 in this order. The misses and NaN add nothing.
    const amounts = [100.1, 55, 0.2, NaN, 300, -7];
    const hits = [1, 0, 1, 1, 1, 0];
    let sum = 0;
    for (let i = 0; i < amounts.length; i++) sum += amountIf(hits[i], amounts[i]);
    expect(sum).toBe(100.1 + 0.2 + 300);
  });
});

describe("flagIf", () => {
  test("hit gives the flag", () => {
    expect(flagIf(1, 4)).toBe(4);
  });

  test("miss gives 0", () => {
    expect(flagIf(0, 4)).toBe(0);
  });

  test("flags combine with or", () => {
    // 1 | 4 = 5; the 2 and 8 are misses.
    expect(flagIf(1, 1) | flagIf(0, 2) | flagIf(1, 4) | flagIf(0, 8)).toBe(5);
  });
});
