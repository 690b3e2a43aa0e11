/**
 * Messages that custom functions attach to their Excel errors, in English and Chinese.
 * Excel shows the message of #VALUE! and #N/A in the cell's error menu, and drops the
 * message of #NUM!.
 */
import { languageFor, type Language } from "../i18n";
import { enUS } from "../i18n/en-US";
import { zhCN } from "../i18n/zh-CN";
import type { ArgumentProblem, ProblemReason } from "./coerce";

/**
 * Templates by problem reason. {argument} is the parameter name, {position} the cell's
 * place in the range, and {value} the cell as written.
 */
const MESSAGES: Record<ProblemReason, Record<Language, string>> = {
  unreadableAmount: {
    "en-US": "{argument}{position}: {value} is not a number. Enter a number or an amount such as ¥1,200 or 1.2万, or clear the cell.",
    "zh-CN": "{argument}{position}：{value} 不是数字。请输入数字或金额（如 ¥1,200、1.2万），或清空该单元格。",
  },
  mixedCurrency: {
    "en-US": "{argument}{position}: {value} is in {currency}, but {otherPlace} is in {otherCurrency}. Convert the amounts to one currency.",
    "zh-CN": "{argument}{position}：{value} 的币种为 {currency}，而{otherPlaceChinese}为 {otherCurrency}。请将金额换算为同一币种。",
  },
  unreadableProbability: {
    "en-US": "{argument}{position}: {value} is not a fraction or a percent. Enter a fraction (0.6), a percent (60) or text such as 60%, or clear the cell.",
    "zh-CN": "{argument}{position}：{value} 不是小数或百分数。请输入小数（0.6）、百分数（60）或文本（如 60%），或清空该单元格。",
  },
  errorCell: {
    "en-US": "{argument}{position}: the cell contains the error {value}. Correct the cell or clear it.",
    "zh-CN": "{argument}{position}：单元格包含错误值 {value}。请更正或清空该单元格。",
  },
  probabilityOutOfRange: {
    "en-US": "{argument}{position}: {value} is outside 0–100%. Enter a fraction (0.6), a percent (60) or text such as 60%.",
    "zh-CN": "{argument}{position}：{value} 不在 0–100% 之内。请输入小数（0.6）、百分数（60）或文本（如 60%）。",
  },
  sizeMismatch: {
    "en-US": "{argument} has {size} but {otherArgument} has {otherSize}. Select ranges of the same size.",
    "zh-CN": "{argument} 为 {rows} 行 × {columns} 列，而 {otherArgument} 为 {otherRows} 行 × {otherColumns} 列。请选择大小相同的区域。",
  },
  notSingleValue: {
    "en-US": "{argument} must be one cell or value, but it has {size}.",
    "zh-CN": "{argument} 必须是单个单元格或数值，但它为 {rows} 行 × {columns} 列。",
  },
  notPositive: {
    "en-US": "{argument} must be greater than 0, but it is {value}.",
    "zh-CN": "{argument} 必须大于 0，但它为 {value}。",
  },
  negative: {
    "en-US": "{argument} must be 0 or more, but it is {value}.",
    "zh-CN": "{argument} 必须大于或等于 0，但它为 {value}。",
  },
  notWholeNumber: {
    "en-US": "{argument} must be a whole number of at least {min}, but it is {value}.",
    "zh-CN": "{argument} 必须是不小于 {min} 的整数，但它为 {value}。",
  },
  monthOutOfRange: {
    "en-US": "{argument} must be a month number from 1 to 12, but it is {value}.",
    "zh-CN": "{argument} 必须是 1 到 12 的月份数字，但它为 {value}。",
  },
  growthBelowMinusOne: {
    "en-US": "{argument} is {value}, which plans negative sales. Enter a growth of −100% or more.",
    "zh-CN": "{argument} 为 {value}，计划销售额将为负数。请输入不低于 −100% 的增长率。",
  },
  unreadableDate: {
    "en-US": "{argument}{position}: {value} is not a date. Enter a date such as 2026-03-05, or clear the cell.",
    "zh-CN": "{argument}{position}：{value} 不是日期。请输入日期（如 2026-03-05），或清空该单元格。",
  },
  unreadableNumber: {
    "en-US": "{argument}{position}: {value} is not a number. Enter a number, or clear the cell.",
    "zh-CN": "{argument}{position}：{value} 不是数字。请输入数字，或清空该单元格。",
  },
  notOneDimension: {
    "en-US": "{argument} must be one row or one column, but it has {size}.",
    "zh-CN": "{argument} 必须是一行或一列，但它为 {rows} 行 × {columns} 列。",
  },
  unknownPeriod: {
    "en-US": "{argument}: {value} is not a period. Enter YTD, QTD, MTD or WTD.",
    "zh-CN": "{argument}：{value} 不是期间。请输入 YTD、QTD、MTD 或 WTD（或 年、季度、月、周）。",
  },
  unknownStage: {
    "en-US": "{argument}: {value} is not a stage of this pipeline. Its stages are: {stages}.",
    "zh-CN": "{argument}：{value} 不是该销售管道的阶段。其阶段为：{stagesChinese}。",
  },
  stagesOutOfOrder: {
    "en-US": "{argument}: {value} comes before from_stage {otherStage} in the pipeline. Enter a stage after it, or swap the two.",
    "zh-CN": "{argument}：{value} 在销售管道中位于 from_stage {otherStage} 之前。请输入其后的阶段，或交换两者。",
  },
  seasonalityLength: {
    "en-US": "{argument} has {count} weights. Enter 12 monthly weights or 4 quarterly weights.",
    "zh-CN": "{argument} 有 {count} 个权重。请输入 12 个月度权重或 4 个季度权重。",
  },
  weightsSumZero: {
    "en-US": "The weights in {argument} add up to 0. Enter at least one weight greater than 0.",
    "zh-CN": "{argument} 中的权重合计为 0。请至少输入一个大于 0 的权重。",
  },
  noDeals: {
    "en-US": "No row has both an amount and a probability, so there is no deal to rank.",
    "zh-CN": "没有同时具有金额和赢率的行，因此没有可排序的商机。",
  },
  divisionByZero: {
    "en-US": "{argument}: nothing to divide by.",
    "zh-CN": "{argument}：除数为 0。",
  },
  // The report sheet shows the same text for a met quota, so a cell and the report agree.
  quotaMet: {
    "en-US": enUS["coverage.quotaMet"],
    "zh-CN": zhCN["coverage.quotaMet"],
  },
};

/**
 * Returns the language for function messages: Chinese when Office's display language is
 * Chinese, otherwise English. Outside Excel (tests, Node) Office is undefined, which gives
 * English.
 */
export function functionsLanguage(): Language {
  if (typeof Office === "undefined") return "en-US";
  return languageFor(Office.context?.displayLanguage);
}

/** Formats a range size such as "1 row × 2 columns" or "1 行 × 2 列". */
function formatSize(rows: unknown, columns: unknown, language: Language): string {
  if (language === "zh-CN") return `${rows} 行 × ${columns} 列`;
  return `${rows} ${rows === 1 ? "row" : "rows"} × ${columns} ${columns === 1 ? "column" : "columns"}`;
}

/** Formats a raw argument value for a message: text in quotes, blank as (blank), booleans as Excel shows them. */
function formatValue(value: unknown, language: Language): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) {
    return language === "zh-CN" ? "（空白）" : "(blank)";
  }
  if (typeof value === "string") {
    const text = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return language === "zh-CN" ? `“${text}”` : `"${text}"`;
  }
  if (typeof value === "object" && value !== null && "basicValue" in value) {
    return formatValue((value as { basicValue: unknown }).basicValue, language);
  }
  return String(value);
}

/** Formats where a cell sits in its range, such as ", row 3" or "第 3 行第 2 列". */
function formatPosition(problem: ArgumentProblem, language: Language): string {
  if (problem.row === null) return "";
  if (language === "zh-CN") {
    return problem.column === null ? ` 第 ${problem.row} 行` : ` 第 ${problem.row} 行第 ${problem.column} 列`;
  }
  return problem.column === null ? `, row ${problem.row}` : `, row ${problem.row}, column ${problem.column}`;
}

/**
 * Returns the message for a problem in the given language.
 *
 * @example describeProblem(problem, "en-US") // 'open_amounts, row 3: "abc" is not a number. …'
 */
export function describeProblem(problem: ArgumentProblem, language: Language = functionsLanguage()): string {
  const { rows, columns, otherRows, otherColumns, otherRow, otherArgument } = problem.params;
  const params: Record<string, string | number> = {
    ...problem.params,
    size: formatSize(rows, columns, language),
    otherSize: formatSize(otherRows, otherColumns, language),
    otherPlace: otherRow === undefined ? String(otherArgument) : `row ${otherRow}`,
    otherPlaceChinese: otherRow === undefined ? ` ${String(otherArgument)} ` : `第 ${otherRow} 行`,
    argument: problem.argument,
    position: formatPosition(problem, language),
    value: problem.reason === "errorCell" ? String(problem.value) : formatValue(problem.value, language),
  };
  return MESSAGES[problem.reason][language].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}
