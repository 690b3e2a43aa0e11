import { medianInPlace } from "../../src/engine/median";

describe("medianInPlace", () => {
  test("odd count takes the middle", () => {
    // Sorted: 10, 20, 30, 40, 50.
    expect(medianInPlace(Float64Array.of(50, 10, 40, 30, 20))).toBe(30);
  });

  test("even count averages the two middles", () => {
    // Sorted: 10, 20, 30, 40; (20 + 30) ÷ 2 = 25.
    expect(medianInPlace(Float64Array.of(30, 10, 20, 40))).toBe(25);
  });

  test("single value", () => {
    expect(medianInPlace(Float64Array.of(7))).toBe(7);
  });

  test("two values", () => {
    expect(medianInPlace(Float64Array.of(9, 4))).toBe(6.5);
  });

  test("repeated values", () => {
    // Sorted: 3, 3, 3, 3, 5, 5; (3 + 3) ÷ 2 = 3.
    expect(medianInPlace(Float64Array.of(5, 3, 3, 5, 3, 3))).toBe(3);
  });

  test("fractional days", () => {
    // Sorted: 0, 0.5, 1.25, 2; (0.5 + 1.25) ÷ 2 = 0.875.
    expect(medianInPlace(Float64Array.of(2, 0.5, 0, 1.25))).toBe(0.875);
  });

  test("empty list throws", () => {
    expect(() => medianInPlace(new Float64Array(0))).toThrow(RangeError);
  });

  test("same as a sort on many lists", () => {
    // A fixed linear congruential sequence, so that every run checks the same lists.
    let state = 12345;
    const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
    for (let list = 0; list < 200; list++) {
      const length = 1 + (next() % 300);
      const range = 1 + (next() % 50);
      const values = Float64Array.from({ length }, () => next() % range);
      const sorted = Float64Array.from(values).sort();
      const middle = length >> 1;
      const expected = length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
      expect(medianInPlace(values)).toBe(expected);
    }
  });

  test("sorted and reversed input", () => {
    // 0 .. 99 has the middles 49 and 50, so the median is 49.5 in either order.
    const ascending = Float64Array.from({ length: 100 }, (_, i) => i);
    const descending = Float64Array.from({ length: 100 }, (_, i) => 99 - i);
    expect(medianInPlace(ascending)).toBe(49.5);
    expect(medianInPlace(descending)).toBe(49.5);
  });
});
