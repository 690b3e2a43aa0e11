import { enUS } from "../src/i18n/en-US";
import { formatAmount, formatAmountColumn, translate } from "../src/i18n";
import { zhCN } from "../src/i18n/zh-CN";

describe("message catalogs", () => {
  test("zh-CN has every en-US key", () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(enUS).sort());
  });

  test("zh-CN keeps every placeholder", () => {
    for (const key of Object.keys(enUS) as (keyof typeof enUS)[]) {
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      expect(`${key}: ${placeholders(zhCN[key]).join(" ")}`).toBe(`${key}: ${placeholders(enUS[key]).join(" ")}`);
    }
  });
});

describe("translate", () => {
  test("fills placeholders", () => {
    expect(translate("en-US", "figure.quota", { period: "2026-Q2" })).toBe("Quota for 2026-Q2");
  });

  test("uses the English singular for a count of 1", () => {
    expect(translate("en-US", "skipped.openCloseMissing", { count: 1 })).toBe("1 open deal has no close date and is left out of the period's pipeline.");
  });

  test("uses the plural for other counts", () => {
    expect(translate("en-US", "skipped.openCloseMissing", { count: 2 })).toBe("2 open deals have no close date and are left out of the period's pipeline.");
  });

  test("Chinese has one form", () => {
    expect(translate("zh-CN", "skipped.openCloseMissing", { count: 1 })).toBe("1 个进行中商机没有预计成交日期，未计入本期间的管道。");
  });
});

describe("amount formats", () => {
  test("single amount drops zero cents", () => {
    expect(formatAmount("en-US", 841777)).toBe("841,777");
    expect(formatAmount("en-US", 1304872.8)).toBe("1,304,872.80");
  });

  test("column with cents gives every amount cents", () => {
    expect(formatAmountColumn("en-US", [841777, 1304872.8])).toEqual(["841,777.00", "1,304,872.80"]);
  });

  test("column of whole amounts has no cents", () => {
    expect(formatAmountColumn("zh-CN", [600000, 1250])).toEqual(["600,000", "1,250"]);
  });
});
