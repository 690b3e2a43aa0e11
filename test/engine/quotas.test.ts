import { quotaForPeriod } from "../../src/engine/quotas";
import type { QuotaEntry } from "../../src/engine/types";
import { utcDay } from "../support/grids";

const Q2_2026 = { start: utcDay(2026, 4, 1), end: utcDay(2026, 6, 30) };

function entry(owner: string, start: number, end: number, amount: number): QuotaEntry {
  return { owner, start, end, amount, sheet: "配额", row: 2 };
}

function month(owner: string, year: number, monthNumber: number, amount: number): QuotaEntry {
  const end = utcDay(year, monthNumber + 1, 1) - 1;
  return entry(owner, utcDay(year, monthNumber, 1), end, amount);
}

function year(owner: string, yearNumber: number, amount: number): QuotaEntry {
  return entry(owner, utcDay(yearNumber, 1, 1), utcDay(yearNumber, 12, 31), amount);
}

function quarter2(owner: string, amount: number): QuotaEntry {
  return entry(owner, Q2_2026.start, Q2_2026.end, amount);
}

describe("quotaForPeriod", () => {
  test("monthly rows sum into a quarter", () => {
    const entries = [month("", 2026, 3, 90000), month("", 2026, 4, 100000), month("", 2026, 5, 120000), month("", 2026, 6, 130000), month("", 2026, 7, 140000)];
    const quota = quotaForPeriod(entries, Q2_2026);
    // April + May + June: 100,000 + 120,000 + 130,000 = 350,000; March and July lie outside.
    expect(quota.amount).toBe(350000);
    expect(quota.basis).toBe("sum");
  });

  test("yearly quota prorated by days", () => {
    const quota = quotaForPeriod([year("", 2026, 3650000)], Q2_2026);
    // Q2 2026 has 30 + 31 + 30 = 91 of 365 days: 3,650,000 × 91 / 365 = 910,000.
    expect(quota.amount).toBeCloseTo(910000, 6);
    expect(quota.basis).toBe("prorated");
  });

  test("yearly quota prorated in a leap year", () => {
    const q1of2024 = { start: utcDay(2024, 1, 1), end: utcDay(2024, 3, 31) };
    const quota = quotaForPeriod([year("", 2024, 3660000)], q1of2024);
    // Q1 2024 has 31 + 29 + 31 = 91 of 366 days: 3,660,000 × 91 / 366 = 910,000.
    expect(quota.amount).toBeCloseTo(910000, 6);
  });

  test("team rows win over owner rows", () => {
    const entries = [quarter2("", 500000), quarter2("张伟", 300000), quarter2("李娜", 250000)];
    const quota = quotaForPeriod(entries, Q2_2026);
    expect(quota.amount).toBe(500000);
    expect(quota.basis).toBe("sum");
  });

  test("owner rows sum when no team row exists", () => {
    const entries = [quarter2("张伟", 300000), quarter2("李娜", 250000)];
    // 300,000 + 250,000.
    expect(quotaForPeriod(entries, Q2_2026).amount).toBe(550000);
  });

  test("one owner's quota", () => {
    const entries = [quarter2("", 500000), quarter2("张伟", 300000), quarter2("李娜", 250000)];
    expect(quotaForPeriod(entries, Q2_2026, "李娜").amount).toBe(250000);
  });

  test("owners with yearly and quarterly rows add up", () => {
    // 张伟 has a yearly quota, 李娜 a quarterly one, and there is no team row. The team's
    // quarter is 张伟's share of his year plus 李娜's quarter:
    // 3,650,000 × 91 / 365 + 500,000 = 910,000 + 500,000 = 1,410,000.
    const entries = [year("张伟", 2026, 3650000), quarter2("李娜", 500000)];
    expect(quotaForPeriod(entries, Q2_2026).amount).toBeCloseTo(1410000, 6);
  });

  test("no rows gives none", () => {
    const quota = quotaForPeriod([], Q2_2026);
    expect(quota.amount).toBeNull();
    expect(quota.basis).toBe("none");
  });

  test("rows of another year give none", () => {
    const quota = quotaForPeriod([year("", 2025, 3650000)], Q2_2026);
    expect(quota.amount).toBeNull();
    expect(quota.basis).toBe("none");
  });

  test("unknown owner gives none", () => {
    expect(quotaForPeriod([quarter2("张伟", 300000)], Q2_2026, "王芳").amount).toBeNull();
  });
});
