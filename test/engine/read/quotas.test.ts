import { parsePeriodText, readQuotas } from "../../../src/engine/read/quotas";
import { CN_OPTIONS, sheetGrid, utcDay } from "../../support/grids";

const Q2_2026 = { start: utcDay(2026, 4, 1), end: utcDay(2026, 6, 30) };

describe("parsePeriodText", () => {
  test.each([["2026"], ["FY2026"], ["2026年"], ["2026年度"]])("year %j", (text) => {
    expect(parsePeriodText(text)).toEqual({ start: utcDay(2026, 1, 1), end: utcDay(2026, 12, 31) });
  });

  test("year as a number", () => {
    expect(parsePeriodText(2026)).toEqual({ start: utcDay(2026, 1, 1), end: utcDay(2026, 12, 31) });
  });

  test.each([["2026-Q2"], ["2026Q2"], ["2026 q2"], ["Q2 2026"], ["Q2-2026"], ["2026年第2季度"], ["2026年Q2"]])("quarter %j", (text) => {
    expect(parsePeriodText(text)).toEqual(Q2_2026);
  });

  test("fourth quarter ends on 31 December", () => {
    expect(parsePeriodText("2026-Q4")).toEqual({ start: utcDay(2026, 10, 1), end: utcDay(2026, 12, 31) });
  });

  test.each([["2026-05"], ["2026/5"], ["2026.05"], ["2026年5月"]])("month %j", (text) => {
    expect(parsePeriodText(text)).toEqual({ start: utcDay(2026, 5, 1), end: utcDay(2026, 5, 31) });
  });

  test("February of a leap year", () => {
    expect(parsePeriodText("2024-02")).toEqual({ start: utcDay(2024, 2, 1), end: utcDay(2024, 2, 29) });
  });

  test.each([["2026-13"], ["2026-Q5"], ["next year"], [""], ["26"]])("rejects %j", (text) => {
    expect(parsePeriodText(text)).toBeNull();
  });
});

describe("readQuotas", () => {
  test("reads team and owner rows", () => {
    const sheet = sheetGrid("配额", [
      ["负责人", "期间", "配额"],
      ["", "2026", 3650000],
      ["张伟", "2026-Q2", "30万"],
    ]);
    const { entries, sheet: found, issues } = readQuotas([sheet], CN_OPTIONS);
    expect(found).toBe("配额");
    expect(issues).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ owner: "", start: utcDay(2026, 1, 1), end: utcDay(2026, 12, 31), amount: 3650000, row: 2 });
    // 30万 = 30 × 10,000.
    expect(entries[1]).toMatchObject({ owner: "张伟", start: Q2_2026.start, end: Q2_2026.end, amount: 300000, row: 3 });
  });

  test("reads start and end dates", () => {
    const sheet = sheetGrid("Quotas", [
      ["Owner", "Start Date", "End Date", "Quota"],
      ["Ann", "2026-04-01", "2026-06-30", 500000],
    ]);
    expect(readQuotas([sheet], CN_OPTIONS).entries[0]).toMatchObject({ owner: "Ann", start: Q2_2026.start, end: Q2_2026.end, amount: 500000 });
  });

  test("invalid amount reported and skipped", () => {
    const sheet = sheetGrid("Quotas", [
      ["Owner", "Period", "Quota"],
      ["Ann", "2026-Q2", "lots"],
    ]);
    const { entries, issues } = readQuotas([sheet], CN_OPTIONS);
    expect(entries).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "quotaInvalid", sheet: "Quotas", row: 2, column: "C", value: "lots" });
  });

  test("blank amount reported as missing", () => {
    const sheet = sheetGrid("Quotas", [
      ["Owner", "Period", "Quota"],
      ["Ann", "2026-Q2", null],
      ["Bob", "2026-Q2", 300000],
    ]);
    const { entries, issues } = readQuotas([sheet], CN_OPTIONS);
    expect(entries.map((entry) => entry.owner)).toEqual(["Bob"]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "quotaMissing", sheet: "Quotas", row: 2, column: "C", value: "" });
  });

  test("invalid period reported and skipped", () => {
    const sheet = sheetGrid("Quotas", [
      ["Owner", "Period", "Quota"],
      ["Ann", "some day", 100],
    ]);
    const { entries, issues } = readQuotas([sheet], CN_OPTIONS);
    expect(entries).toEqual([]);
    expect(issues[0]).toMatchObject({ code: "quotaPeriodInvalid", row: 2, column: "B", value: "some day" });
  });

  test("no quota table", () => {
    const sheet = sheetGrid("Notes", [["Owner", "Comment"]]);
    const result = readQuotas([sheet], CN_OPTIONS);
    expect(result.sheet).toBeNull();
    expect(result.entries).toEqual([]);
  });
});

describe("goals with a parent goal column", () => {
  // Dynamics 365 exports goals with their owner; the goal without a parent is the team's.
  const sheet = sheetGrid("Goal", [
    ["Name", "Goal Owner", "Target", "Parent Goal", "From", "To"],
    ["Sales Team Q2", "Charles Lamanna", "$1,000,000.00 ", "", "4/1/2026", "6/30/2026"],
    ["Sales Q2 - Eric", "Eric Boocock", "$600,000.00 ", "Sales Team Q2", "4/1/2026", "6/30/2026"],
    ["Sales Q2 - Alan", "Alan Ross", "$400,000.00 ", "Sales Team Q2", "4/1/2026", "6/30/2026"],
  ]);

  test("goal without parent is the team's", () => {
    const { entries } = readQuotas([sheet], { locale: "en-US", date1904: false });
    expect(entries[0]).toMatchObject({ owner: "", amount: 1000000, start: Q2_2026.start, end: Q2_2026.end });
  });

  test("goals with a parent keep their owner", () => {
    const { entries } = readQuotas([sheet], { locale: "en-US", date1904: false });
    expect(entries.slice(1).map((entry) => [entry.owner, entry.amount])).toEqual([
      ["Eric Boocock", 600000],
      ["Alan Ross", 400000],
    ]);
  });
});

describe("fiscal quota periods", () => {
  test("FY year follows an April fiscal start", () => {
    // FY2027 starting in April runs from 2026-04-01 to 2027-03-31.
    expect(parsePeriodText("FY2027", 4)).toEqual({ start: utcDay(2026, 4, 1), end: utcDay(2027, 3, 31) });
  });

  test("FY quarter follows an April fiscal start", () => {
    // Q1 of FY2027 is April to June 2026.
    expect(parsePeriodText("FY2027-Q1", 4)).toEqual(Q2_2026);
  });

  test("FY fourth quarter crosses the calendar year", () => {
    // Q4 of FY2027 with an April start is January to March 2027.
    expect(parsePeriodText("FY2027 Q4", 4)).toEqual({ start: utcDay(2027, 1, 1), end: utcDay(2027, 3, 31) });
  });

  test("plain quarter stays calendar", () => {
    expect(parsePeriodText("2026-Q2", 4)).toEqual(Q2_2026);
  });

  test("FY quarter with a January start is the calendar quarter", () => {
    expect(parsePeriodText("FY2026-Q2")).toEqual(Q2_2026);
  });
});
