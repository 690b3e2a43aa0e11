/**
 * HyperFormula, a spreadsheet formula engine, computing the aggregations with the formulas a
 * user would type in Excel: SUM, SUMIFS per stage and per owner, COUNTIFS per stage, and
 * SUMPRODUCT for the weighted forecast.
 *
 * Each run builds a fresh workbook from the columns, untimed, and times only the formulas,
 * so that no run reuses what HyperFormula cached in the one before.
 */
import { HyperFormula } from "hyperformula";
import { distinctTexts, type AggregationColumns, type Aggregations } from "../aggregations";

/** Excel's row limit. HyperFormula 3.5.0 stops at 40,000 rows unless maxRows is raised. */
const MAX_ROWS = 1_048_576;
const SHEET = "Deals";

/** Column letters of the "Deals" sheet, whose row 1 is a header and row 2 the first deal. */
const COLUMN = { kind: "A", stage: "B", owner: "C", amount: "D", close: "E", probability: "F" } as const;

export interface FormulaWorkbook {
  engine: HyperFormula;
  sheetId: number;
}

/** Builds a workbook with one deal per row, where NaN and "" become blank cells. */
export function buildFormulaWorkbook(columns: AggregationColumns): FormulaWorkbook {
  const blankIfNaN = (value: number) => (Number.isNaN(value) ? null : value);
  const blankIfEmpty = (value: string) => (value === "" ? null : value);
  const rows: (string | number | null)[][] = [["kind", "stage", "owner", "amount", "close", "probability"]];
  for (let i = 0; i < columns.size; i++) {
    rows.push([
      columns.kind[i],
      blankIfEmpty(columns.stage[i]),
      blankIfEmpty(columns.owner[i]),
      blankIfNaN(columns.amount[i]),
      blankIfNaN(columns.close[i]),
      blankIfNaN(columns.probability[i]),
    ]);
  }

  // smartRounding off: HyperFormula would otherwise round every result to 10 significant digits.
  const engine = HyperFormula.buildFromSheets({ [SHEET]: rows }, { licenseKey: "gpl-v3", maxRows: MAX_ROWS, smartRounding: false });
  const sheetId = engine.getSheetId(SHEET);
  if (sheetId === undefined) throw new Error(`HyperFormula did not create the sheet "${SHEET}".`);
  return { engine, sheetId };
}

/** The formulas of one run, with the groups they belong to, made from the columns before timing. */
export interface AggregationFormulas {
  total: string;
  byStage: { name: string; amount: string; deals: string }[];
  byOwner: { name: string; amount: string }[];
  weightedForecast: string;
}

/**
 * Writes the aggregations as formulas. SUMPRODUCT rejects a comparison inside its ranges
 * unless the formula is an array formula, so the weighted forecast is wrapped in ARRAYFORMULA.
 */
export function aggregationFormulas(columns: AggregationColumns): AggregationFormulas {
  const lastRow = columns.size + 1;
  const range = (column: keyof typeof COLUMN) => `${SHEET}!$${COLUMN[column]}$2:$${COLUMN[column]}$${lastRow}`;
  const criterion = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const { start, end } = columns.period;

  return {
    total: `=SUM(${range("amount")})`,
    byStage: distinctTexts(columns.stage).map((name) => ({
      name,
      amount: `=SUMIFS(${range("amount")},${range("stage")},${criterion(name)})`,
      deals: `=COUNTIFS(${range("stage")},${criterion(name)})`,
    })),
    byOwner: distinctTexts(columns.owner).map((name) => ({
      name,
      amount: `=SUMIFS(${range("amount")},${range("owner")},${criterion(name)})`,
    })),
    weightedForecast:
      `=ARRAYFORMULA(SUMPRODUCT((${range("kind")}=0)*(${range("close")}>=${start})*(${range("close")}<=${end})` +
      `*${range("amount")}*${range("probability")}))`,
  };
}

/** Evaluates every formula of the aggregations. Throws on an error result, naming the formula. */
export function evaluateAggregations(workbook: FormulaWorkbook, formulas: AggregationFormulas): Aggregations {
  const evaluate = (formula: string): number => {
    const result = workbook.engine.calculateFormula(formula, workbook.sheetId);
    if (typeof result !== "number") throw new Error(`HyperFormula returned ${JSON.stringify(result)} for ${formula}, expected a number.`);
    return result;
  };

  const byStage = new Map<string, { amount: number; deals: number }>();
  for (const stage of formulas.byStage) byStage.set(stage.name, { amount: evaluate(stage.amount), deals: evaluate(stage.deals) });
  const byOwner = new Map<string, number>();
  for (const owner of formulas.byOwner) byOwner.set(owner.name, evaluate(owner.amount));
  return { total: evaluate(formulas.total), byStage, byOwner, weightedForecast: evaluate(formulas.weightedForecast) };
}

export function formulaCount(formulas: AggregationFormulas): number {
  return 2 + formulas.byStage.length * 2 + formulas.byOwner.length;
}
