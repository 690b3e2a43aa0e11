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
import { computeConcentration } from "../engine/metrics/concentration";
import { leadsNeededFor, ReachedTally } from "../engine/metrics/conversion";
import { rateCoverage } from "../engine/metrics/coverage";
import { sumWeighted } from "../engine/metrics/forecast";
import { computeMovement } from "../engine/metrics/movement";
import { computePeriodToDate, periodsContaining } from "../engine/metrics/period-to-date";
import { selectTopDeals } from "../engine/metrics/top-deals";
import { cycleStatistics, rateWins, velocityPerDay } from "../engine/metrics/win-rate";
import { DEFAULT_STALL_DAYS } from "../engine/read/stages";
import { DEFAULT_SETTINGS } from "../engine/settings";
import { createDealTable } from "../engine/table";
import { KIND, type DealTable } from "../engine/types";
import {
  ArgumentProblem,
  readAmounts,
  readAmountValue,
  readFraction,
  readNumber,
  readPlainNumberPair,
  readProbabilities,
  readRate,
  readTexts,
  readWeights,
  readWholeNumber,
  requireOneCurrency,
  requireSameSize,
  scaleProbabilities,
  sumNumbers,
  type CurrencyCell,
} from "./coerce";
import { readAsOf, readDates, readFiscalYearStartMonth, readPeriodKey } from "./coerce-dates";
import { withExcelErrors } from "./errors";
import { spillQuotaPlan } from "./quota-plan-spill";
import { readStageRange, readStep } from "./stage-ranges";
import "./startup";

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
    const openNumbers = readAmounts("open_amounts", open_amounts);
    const quotaValue = readAmountValue("quota", quota);
    // Excel passes an omitted optional argument as null, so both null and undefined mean "none won".
    const wonNumbers = won_to_date == null ? null : readAmounts("won_to_date", won_to_date);
    requireOneCurrency(
      { argument: "open_amounts", currency: openNumbers.currency },
      { argument: "quota", currency: quotaValue.currency },
      { argument: "won_to_date", currency: wonNumbers?.currency ?? null },
    );
    const pipeline = sumNumbers(openNumbers);
    const quotaAmount = quotaValue.amount;
    const won = wonNumbers === null ? 0 : sumNumbers(wonNumbers);

    // NaN (a blank quota) fails this test too.
    if (!(quotaAmount > 0)) throw new ArgumentProblem("notPositive", { argument: "quota", value: quota });

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
    // Two ranges of plain numbers, the usual arguments, are read in one loop. Any other cell
    // sends both to the general readers, which locate the problem.
    const pair = readPlainNumberPair(amounts, probabilities);
    const amountNumbers = pair ? pair[0] : readAmounts("amounts", amounts);
    const probabilityNumbers = pair ? scaleProbabilities("probabilities", pair[1]) : readProbabilities("probabilities", probabilities);
    requireSameSize({ argument: "amounts", range: amountNumbers }, { argument: "probabilities", range: probabilityNumbers });

    // A pair with a blank amount or a blank probability is NaN and adds nothing.
    return sumWeighted(amountNumbers.values, probabilityNumbers.values);
  });
}

/**
 * Win rate: won ÷ (won + lost) by count, or by amount when amounts are given. Stage names decide which deals are won and lost; open and deferred deals do not count.
 * @customfunction WINRATE
 * @param stages Stage of each deal, such as Closed Won, Closed Lost, 赢单 or 输单. Blank cells are skipped.
 * @param amounts Optional. Amount of each deal, the same size as stages. When given, the win rate is by amount.
 * @returns Win rate as a fraction; #DIV/0! when no deal is won or lost.
 */
export function winRate(stages: any[][], amounts?: any[][]): number {
  return withExcelErrors(() => {
    const range = readStageRange("stages", stages);
    const amountNumbers = amounts == null ? null : readAmounts("amounts", amounts);
    if (amountNumbers) requireSameSize({ argument: "stages", range }, { argument: "amounts", range: amountNumbers });

    let won = 0;
    let lost = 0;
    let wonAmount = 0;
    let lostAmount = 0;
    range.stages.forEach((stage, i) => {
      const kind = range.kindOf(stage);
      if (stage === "" || (kind !== "won" && kind !== "lost")) return;
      // As in the report, a negative or blank amount counts in the rate by count only.
      const amount = amountNumbers ? amountNumbers.values[i] : NaN;
      const usable = amount >= 0 ? amount : 0;
      if (kind === "won") {
        won++;
        wonAmount += usable;
      } else {
        lost++;
        lostAmount += usable;
      }
    });

    const rates = rateWins(won, lost, wonAmount, lostAmount);
    const rate = amountNumbers ? rates.byValue : rates.byCount;
    if (rate === null) throw new ArgumentProblem("divisionByZero", { argument: amountNumbers ? "amounts" : "stages" });
    return rate;
  });
}

/**
 * Stage conversion: of the deals that reached from_stage, the share that reached to_stage. An open deal reached its current stage, a won deal every stage, and a lost deal only the first stage unless its stage is an open stage.
 * @customfunction CONVERSION
 * @param stages Current stage of each deal, open, won or lost. Blank cells are skipped.
 * @param from_stage Stage the deals start from, such as Qualified or 需求分析.
 * @param to_stage A later stage, or the won stage (Closed Won, 赢单).
 * @returns Conversion rate as a fraction; #DIV/0! when no deal reached from_stage.
 */
export function conversion(stages: any[][], from_stage: any, to_stage: any): number {
  return withExcelErrors(() => {
    const range = readStageRange("stages", stages);
    const from = readStep("from_stage", from_stage, range);
    const to = readStep("to_stage", to_stage, range);
    if (to < from) {
      throw new ArgumentProblem("stagesOutOfOrder", { argument: "to_stage", value: to_stage, params: { otherStage: String(from_stage) } });
    }

    const tally = new ReachedTally(range.steps);
    for (const stage of range.stages) {
      if (stage === "") continue;
      const kind = range.kindOf(stage);
      // An open stage that the stage list lacks places the deal nowhere, as in the report.
      if (kind === "open") tally.addOpen(stage);
      else if (kind === "won") tally.addWon();
      else if (kind === "lost") tally.addLost(stage, []);
    }

    const { reached } = tally;
    if (reached[from] === 0) throw new ArgumentProblem("divisionByZero", { argument: "from_stage" });
    return reached[to] / reached[from];
  });
}

/**
 * Sales cycle: the mean number of days from created to closed. Rows with a blank date, or closed before created, are skipped as in the report.
 * @customfunction CYCLEDAYS
 * @param created Created date of each deal, as dates or date text such as 2026-03-05.
 * @param closed Close date of each deal, the same size as created.
 * @returns Mean days from created to closed; #DIV/0! when no row has both dates.
 */
export function cycleDays(created: any[][], closed: any[][]): number {
  return withExcelErrors(() => {
    const createdDays = readDates("created", created);
    const closedDays = readDates("closed", closed);
    requireSameSize({ argument: "created", range: createdDays }, { argument: "closed", range: closedDays });

    const cycles = new Float64Array(createdDays.values.length);
    let count = 0;
    let sum = 0;
    for (let i = 0; i < cycles.length; i++) {
      // NaN compares false, so a blank date skips the row as well.
      const cycle = closedDays.values[i] - createdDays.values[i];
      if (!(cycle >= 0)) continue;
      cycles[count++] = cycle;
      sum += cycle;
    }
    if (count === 0) throw new ArgumentProblem("divisionByZero", { argument: "closed" });
    return cycleStatistics(cycles.subarray(0, count), sum).mean;
  });
}

/**
 * Pipeline velocity: open_count × avg_deal × win_rate ÷ cycle_days, the amount the pipeline brings in per day.
 * @customfunction VELOCITY
 * @param open_count Number of open deals.
 * @param avg_deal Average amount of a won deal.
 * @param win_rate Win rate, as a fraction (0.25), a percent (25) or text such as 25%.
 * @param cycle_days Average sales cycle in days. Must be greater than 0.
 * @returns Amount per day.
 */
export function velocity(open_count: any, avg_deal: any, win_rate: any, cycle_days: any): number {
  return withExcelErrors(() => {
    // A blank cell is 0, as in Excel's own arithmetic.
    const openDeals = zeroIfBlank(readNumber("open_count", open_count));
    const averageWon = zeroIfBlank(readNumber("avg_deal", avg_deal));
    const rate = zeroIfBlank(readFraction("win_rate", win_rate));
    const days = zeroIfBlank(readNumber("cycle_days", cycle_days));
    requireNotNegative("open_count", openDeals);
    requireNotNegative("avg_deal", averageWon);
    requireNotNegative("cycle_days", days);

    const { perDay } = velocityPerDay(openDeals, averageWon, rate, days);
    if (perDay === null) throw new ArgumentProblem("divisionByZero", { argument: "cycle_days" });
    return perDay;
  });
}

/**
 * Stalled deals: how many dates lie more than the given number of days before the as-of date. Volatile, because as_of defaults to today: Excel recalculates it with every change.
 * @customfunction STALLED
 * @volatile
 * @param dates Date each deal entered its current stage. Blank cells are skipped.
 * @param days Optional. Stall limit in days; 30 when omitted. A deal on the limit's last day is not stalled yet.
 * @param as_of Optional. Date to count to; today when omitted. Give a date so that the result does not change from day to day.
 * @returns Number of stalled deals.
 */
export function stalled(dates: any[][], days?: any, as_of?: any): number {
  return withExcelErrors(() => {
    const entered = readDates("dates", dates);
    const limit = readWholeNumber("days", days, { min: 0, fallback: DEFAULT_STALL_DAYS });
    const asOf = readAsOf("as_of", as_of);

    const table = createDealTable(entered.values.length, { sharedBlanks: true });
    table.stageEntered = entered.values;
    // The inactivity limit is set beyond any date difference, because only the stall count is read.
    const movement = computeMovement(table, { asOf, inactivityDays: Number.MAX_SAFE_INTEGER, stallDaysOf: () => limit });
    return movement.stalled.count;
  });
}

/**
 * Leads needed: ceil(target ÷ (avg_deal × conversion)), the deals needed at a stage to win the target. 0 when the target is already met.
 * @customfunction LEADSNEEDED
 * @param target Amount still to win, such as quota − won to date.
 * @param avg_deal Average amount of a won deal. Must be greater than 0.
 * @param conversion Share of the stage's deals that end won, or the stage conversion rates from the stage to won, which are multiplied.
 * @returns Number of deals needed.
 */
export function leadsNeeded(target: any, avg_deal: any, conversion: any[][]): number {
  return withExcelErrors(() => {
    const targetValue = readAmountValue("target", target);
    const averageValue = readAmountValue("avg_deal", avg_deal);
    requireOneCurrency({ argument: "target", currency: targetValue.currency }, { argument: "avg_deal", currency: averageValue.currency });
    const remaining = zeroIfBlank(targetValue.amount);
    const averageWon = averageValue.amount;
    if (!(averageWon > 0)) throw new ArgumentProblem("notPositive", { argument: "avg_deal", value: avg_deal });
    const rates = readProbabilities("conversion", conversion);

    let rate = rates.values.length === 0 ? 0 : 1;
    for (const value of rates.values) rate *= Number.isNaN(value) ? 0 : value;
    if (remaining <= 0) return 0;
    if (rate === 0) throw new ArgumentProblem("divisionByZero", { argument: "conversion" });
    return leadsNeededFor(remaining, averageWon, { won: rate, reached: 1 });
  });
}

/**
 * Concentration: the Herfindahl-Hirschman index Σ share² of the amounts, from 1 ÷ deals when all are equal up to 1 for a single deal. 1 ÷ the result is the number of effective deals; below 3 is at risk.
 * @customfunction CONCENTRATION
 * @param amounts Amounts of the open deals. Blank cells, 0 and negative amounts are skipped.
 * @returns Σ share², between 0 and 1.
 */
export function concentration(amounts: any[][]): number {
  return withExcelErrors(() => {
    const numbers = readAmounts("amounts", amounts);
    const table = createDealTable(numbers.values.length, { sharedBlanks: true });
    table.amount = numbers.values;

    const { hhi } = computeConcentration(table, { limits: DEFAULT_SETTINGS.concentration }).overall;
    if (hhi === null) throw new ArgumentProblem("divisionByZero", { argument: "amounts" });
    return hhi;
  });
}

/**
 * Period to date: Σ amounts dated from the start of the year, quarter, month or week that contains the as-of date up to the as-of date. Volatile, because as_of defaults to today.
 * @customfunction PERIODTODATE
 * @volatile
 * @param amounts Amounts of the won deals. Blank cells are skipped.
 * @param dates Close date of each deal, the same size as amounts.
 * @param period YTD, QTD, MTD or WTD (or year, quarter, month, week; 年, 季度, 月, 周). Weeks start on Monday.
 * @param as_of Optional. Last day counted; today when omitted. Give a date so that the result does not change from day to day.
 * @param fy_start_month Optional. Month (1–12) in which the fiscal year starts; 1 when omitted.
 * @returns Σ amount won in the period to date.
 */
export function periodToDate(amounts: any[][], dates: any[][], period: any, as_of?: any, fy_start_month?: any): number {
  return withExcelErrors(() => {
    const { table: won } = readWonDeals(amounts, dates);
    const key = readPeriodKey("period", period);
    const asOf = readAsOf("as_of", as_of);
    const fiscalYearStartMonth = readFiscalYearStartMonth("fy_start_month", fy_start_month);

    const figures = computePeriodToDate(won, { asOf, fiscalYearStartMonth, weekStart: DEFAULT_SETTINGS.weekStart, quotas: [] });
    return figures[key].won;
  });
}

/**
 * Attainment: amount won in the period to date ÷ the full period's quota. Volatile, because as_of defaults to today.
 * @customfunction ATTAINMENT
 * @volatile
 * @param amounts Amounts of the won deals. Blank cells are skipped.
 * @param dates Close date of each deal, the same size as amounts.
 * @param quota Quota of the whole period. Must be greater than 0.
 * @param period YTD, QTD, MTD or WTD (or year, quarter, month, week; 年, 季度, 月, 周). Weeks start on Monday.
 * @param as_of Optional. Last day counted; today when omitted. Give a date so that the result does not change from day to day.
 * @param fy_start_month Optional. Month (1–12) in which the fiscal year starts; 1 when omitted.
 * @returns Attainment as a fraction of the quota.
 */
export function attainment(amounts: any[][], dates: any[][], quota: any, period: any, as_of?: any, fy_start_month?: any): number {
  return withExcelErrors(() => {
    const { table: won, currency } = readWonDeals(amounts, dates);
    const quotaValue = readAmountValue("quota", quota);
    requireOneCurrency({ argument: "amounts", currency }, { argument: "quota", currency: quotaValue.currency });
    const quotaAmount = quotaValue.amount;
    if (!(quotaAmount > 0)) throw new ArgumentProblem("notPositive", { argument: "quota", value: quota });
    const key = readPeriodKey("period", period);
    const asOf = readAsOf("as_of", as_of);
    const fiscalYearStartMonth = readFiscalYearStartMonth("fy_start_month", fy_start_month);

    const options = { fiscalYearStartMonth, weekStart: DEFAULT_SETTINGS.weekStart };
    const range = periodsContaining(asOf, options)[key];
    const quotas = [{ owner: "", start: range.start, end: range.end, amount: quotaAmount, sheet: "", row: 0 }];
    // attainment is null only without a plan or with a zero one, which the check above rules out.
    return computePeriodToDate(won, { asOf, ...options, quotas })[key].attainment as number;
  });
}

/**
 * Quota plan: last sales × (1 + growth), split by seasonality into months or quarters and, when last_sales has one cell per owner, into owner quotas that add up to the plan × (1 + over_allocation). Spills.
 * @customfunction QUOTAPLAN
 * @param last_sales Last period's sales: one cell for the team, or one cell per owner in a row or a column.
 * @param growth Growth over last period: 15%, 0.15 or 15. Write a growth above 100% as text, such as "150%".
 * @param seasonality Optional. 12 monthly or 4 quarterly weights; they need not add up to 1.
 * @param over_allocation Optional. Share by which owner quotas together exceed the plan, read as growth is; 10% when omitted.
 * @returns The plan, or owner quotas, by part: owners along last_sales, parts across.
 */
export function quotaPlan(last_sales: any[][], growth: any, seasonality?: any[][], over_allocation?: any): number[][] {
  return withExcelErrors(() =>
    spillQuotaPlan({
      lastSales: readAmounts("last_sales", last_sales),
      growth: readRate("growth", growth, 0),
      seasonality: seasonality == null ? null : readWeights("seasonality", seasonality),
      overAllocation: readRate("over_allocation", over_allocation, 0.1),
    }),
  );
}

/**
 * Top deals: the n deals with the largest amount × probability, largest first, as rows of id and weighted amount. Ties go to the smaller id. Spills.
 * @customfunction TOPDEALS
 * @param ids Id or name of each deal. A blank id, or 0, is replaced by the deal's position within the range.
 * @param amounts Amount of each deal, the same size as ids.
 * @param probabilities Win probability of each deal, the same size as ids, as fractions (0.6), percents (60) or text such as 60%.
 * @param n Optional. Number of deals; 20 when omitted.
 * @returns Rows of id and amount × probability.
 */
export function topDeals(ids: any[][], amounts: any[][], probabilities: any[][], n?: any): any[][] {
  return withExcelErrors(() => {
    const idTexts = readTexts("ids", ids);
    const amountNumbers = readAmounts("amounts", amounts);
    const probabilityNumbers = readProbabilities("probabilities", probabilities);
    requireSameSize({ argument: "ids", range: idTexts }, { argument: "amounts", range: amountNumbers });
    requireSameSize({ argument: "ids", range: idTexts }, { argument: "probabilities", range: probabilityNumbers });
    const count = readWholeNumber("n", n, { min: 1, fallback: DEFAULT_SETTINGS.topN });

    const table = createDealTable(idTexts.texts.length, { sharedBlanks: true });
    // Excel on Windows and Mac passes a blank id cell as 0, which no CRM uses as an id.
    table.id = idTexts.texts.map((id, i) => (id === "" || id === "0" ? String(i + 1) : id));
    table.amount = amountNumbers.values;
    table.probability = probabilityNumbers.values;

    const { deals } = selectTopDeals(table, { asOf: 0, n: count });
    if (deals.length === 0) throw new ArgumentProblem("noDeals", { argument: "amounts" });
    return deals.map((deal) => [idValue(deal.id), deal.weighted]);
  });
}

/** Reads amounts and close dates of won deals into a table of won deals, with the currency the amounts name. */
function readWonDeals(amounts: unknown, dates: unknown): { table: DealTable; currency: CurrencyCell | null } {
  const amountNumbers = readAmounts("amounts", amounts);
  const closeDays = readDates("dates", dates);
  requireSameSize({ argument: "amounts", range: amountNumbers }, { argument: "dates", range: closeDays });

  const table = createDealTable(amountNumbers.values.length, { sharedBlanks: true });
  table.kind = new Uint8Array(table.size).fill(KIND.won);
  table.amount = amountNumbers.values;
  table.close = closeDays.values;
  return { table, currency: amountNumbers.currency };
}

function zeroIfBlank(value: number): number {
  return Number.isNaN(value) ? 0 : value;
}

function requireNotNegative(argument: string, value: number): void {
  if (value < 0) throw new ArgumentProblem("negative", { argument, value });
}

/**
 * Returns an id as a number when its text is a number written the way Excel shows it,
 * so that a spilled id still matches its numeric cell in XLOOKUP; otherwise the text.
 */
function idValue(id: string): string | number {
  const number = Number(id);
  return id !== "" && String(number) === id ? number : id;
}
