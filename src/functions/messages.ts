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
  unreadableProbability: {
    "en-US": "{argument}{position}: {value} is not a probability. Enter a fraction (0.6), a percent (60) or text such as 60%, or clear the cell.",
    "zh-CN": "{argument}{position}：{value} 不是概率。请输入小数（0.6）、百分数（60）或文本（如 60%），或清空该单元格。",
  },
  errorCell: {
    "en-US": "{argument}{position}: the cell contains the error {value}. Correct the cell or clear it.",
    "zh-CN": "{argument}{position}：单元格包含错误值 {value}。请更正或清空该单元格。",
  },
  probabilityOutOfRange: {
    "en-US": "{argument}{position}: probability {value} is outside 0–100%. Enter a fraction (0.6), a percent (60) or text such as 60%.",
    "zh-CN": "{argument}{position}：概率 {value} 不在 0–100% 之内。请输入小数（0.6）、百分数（60）或文本（如 60%）。",
  },
  sizeMismatch: {
    "en-US": "{argument} has {rows} rows × {columns} columns but {otherArgument} has {otherRows} rows × {otherColumns} columns. Select ranges of the same size.",
    "zh-CN": "{argument} 为 {rows} 行 × {columns} 列，而 {otherArgument} 为 {otherRows} 行 × {otherColumns} 列。请选择大小相同的区域。",
  },
  notSingleValue: {
    "en-US": "{argument} must be one cell or value, but it has {rows} rows × {columns} columns.",
    "zh-CN": "{argument} 必须是单个单元格或数值，但它为 {rows} 行 × {columns} 列。",
  },
  quotaNotPositive: {
    "en-US": "{argument} must be greater than 0, but it is {value}.",
    "zh-CN": "{argument} 必须大于 0，但它为 {value}。",
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

/** Formats a raw argument value for a message: text in quotes, blank as (blank). */
function formatValue(value: unknown, language: Language): string {
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
  const params: Record<string, string | number> = {
    ...problem.params,
    argument: problem.argument,
    position: formatPosition(problem, language),
    value: problem.reason === "errorCell" ? String(problem.value) : formatValue(problem.value, language),
  };
  return MESSAGES[problem.reason][language].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}
