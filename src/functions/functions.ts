/**
 * Custom functions of the PIPELINE namespace. Each function reads its arguments through
 * the coercion layer, computes with the engine, and lets withExcelErrors turn problems
 * into Excel errors.
 *
 * The JSDoc of each exported function is its metadata: custom-functions-metadata turns the
 * text before the tags into the description that Excel shows, @customfunction into the id
 * and name, and each @param into the argument description. The Chinese descriptions live
 * in translations.zh-CN.json, keyed by id and parameter name.
 */
import { rateCoverage } from "../engine/metrics/coverage";
import { sumWeighted } from "../engine/metrics/forecast";
import { DEFAULT_SETTINGS } from "../engine/settings";
import { ArgumentProblem, readAmounts, readNumber, readProbabilities, requireSameSize, sumNumbers } from "./coerce";
import { withExcelErrors } from "./errors";

/**
 * Coverage: open pipeline ÷ (quota − amount won to date). Returns #N/A when the quota is already met.
 * @customfunction COVERAGE
 * @param open_amounts Amounts of the open deals closing in the period. Blank cells are skipped.
 * @param quota Quota for the period. Must be greater than 0.
 * @param won_to_date Amounts already won in the period. Blank cells are skipped.
 * @returns Coverage as a multiple of the quota still to win.
 */
export function coverage(open_amounts: any[][], quota: any, won_to_date?: any[][]): number {
  // quota is typed any so that a text amount such as "60万" reaches readNumber instead of
  // Excel's own #VALUE! without a message.
  return withExcelErrors(() => {
    const pipeline = sumNumbers(readAmounts("open_amounts", open_amounts));
    const quotaAmount = readNumber("quota", quota);
    // Excel passes an omitted optional argument as null, so both null and undefined mean "none won".
    const won = won_to_date == null ? 0 : sumNumbers(readAmounts("won_to_date", won_to_date));

    // NaN (a blank quota) fails this test too.
    if (!(quotaAmount > 0)) throw new ArgumentProblem("quotaNotPositive", { argument: "quota", value: quota });

    const { coverage: ratio } = rateCoverage(pipeline, won, quotaAmount, DEFAULT_SETTINGS.coverageBand);
    // The report shows a met quota as a null coverage. A cell cannot show null (Excel
    // shows it as 0), so the cell shows #N/A with the report's "Quota met" text.
    if (ratio === null) throw new ArgumentProblem("quotaMet", { argument: "quota", value: quota });
    return ratio;
  });
}

/**
 * Weighted forecast: Σ amount × probability over deals in matching rows.
 * @customfunction WEIGHTEDFORECAST
 * @param amounts Deal amounts. Blank cells are skipped.
 * @param probabilities Win probability of each deal, as fractions (0.6), percents (60) or text such as 60%. Must be the same size as amounts.
 * @returns Σ amount × probability.
 */
export function weightedForecast(amounts: any[][], probabilities: any[][]): number {
  return withExcelErrors(() => {
    const amountNumbers = readAmounts("amounts", amounts);
    const probabilityNumbers = readProbabilities("probabilities", probabilities);
    requireSameSize({ argument: "amounts", numbers: amountNumbers }, { argument: "probabilities", numbers: probabilityNumbers });

    // A pair with a blank amount or a blank probability is NaN and adds nothing.
    return sumWeighted(amountNumbers.values, probabilityNumbers.values);
  });
}
