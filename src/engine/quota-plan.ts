/**
 * Quota planning: next period's plan from last period's actual and a growth rate, split
 * into months or quarters by seasonality and into owner quotas by each owner's weight.
 */

export type PlanSplit = "month" | "quarter";

export interface QuotaPlanOwner {
  owner: string;
  /** The owner's sales in the last period; a missing value counts as no sales. */
  lastSales?: number;
  /** The owner's weight, given by the user. Either every owner has one or none does. */
  weight?: number;
}

export interface QuotaPlanOptions {
  /** Last period's actual sales, the base of the plan. */
  lastActual: number;
  /** Growth as a fraction: 0.15 plans 15% more than last period. */
  growth: number;
  /** Extra growth for a large marketing investment or a new market, as a fraction; 0 when absent. */
  uplift?: number;
  /** Parts of the plan: 12 months (the default) or 4 quarters. */
  split?: PlanSplit;
  /**
   * Weight of each part in plan order, normalised to sum to 1. Twelve monthly weights are
   * also accepted for a quarterly split and added up by quarter. Wins over `pastSales`.
   */
  seasonality?: number[];
  /**
   * Monthly sales of past years, oldest first, starting with the calendar month in which
   * the plan starts. A month's weight is the mean of its values, so at least 12 are needed.
   */
  pastSales?: number[];
  owners?: QuotaPlanOwner[];
  /** Fraction by which owner quotas together exceed the plan; 0.1 when absent. */
  overAllocation?: number;
}

export type QuotaPlanField =
  | "lastActual"
  | "growth"
  | "uplift"
  | "split"
  | "seasonality"
  | "pastSales"
  /** An owner's name. */
  | "owners"
  | "owners.weight"
  | "owners.lastSales"
  | "overAllocation";

export type QuotaPlanProblemReason =
  /** NaN or infinite. */
  | "notFinite"
  | "negative"
  /** growth below −1, which plans negative sales. */
  | "belowMinusOne"
  /** growth + uplift below −1. */
  | "totalGrowthBelowMinusOne"
  /** Not "month" or "quarter". */
  | "invalidSplit"
  /** Seasonality with another number of weights than the split has parts (or 12 for quarters). */
  | "lengthMismatch"
  /** Fewer than 12 months of past sales. */
  | "tooShort"
  /** Given weights that add up to zero. */
  | "sumNotPositive"
  | "ownerMissing"
  | "ownerDuplicate"
  /** Some owners have a weight and others do not. */
  | "weightMissing";

/** An input that prevents part of the plan, located by field and, for lists, by 0-based index. */
export interface QuotaPlanProblem {
  field: QuotaPlanField;
  index: number | null;
  value: number | string | null;
  reason: QuotaPlanProblemReason;
}

export type QuotaPlanNote =
  /** Seasonality and past sales were both given; the seasonality was used. */
  | { code: "pastSalesIgnored" }
  /** Past sales do not cover whole years, so some months average more years than others. */
  | { code: "pastSalesPartialYears"; months: number }
  /** Past sales are all zero and carry no seasonality; the parts weigh the same. */
  | { code: "pastSalesAllZero" }
  /** Owners with no sales last period get no quota, because others had sales. */
  | { code: "ownersWithoutSales"; owners: string[] };

export interface QuotaPlanResult {
  /** lastActual × (1 + growth + uplift); null when those inputs have a problem. */
  plan: number | null;
  /** Sum of the owner quotas: plan × (1 + overAllocation). */
  ownerTotal: number | null;
  /** Parts of the plan; `index` 1 is the plan's first month or quarter. Amounts are not rounded. */
  byPeriod: { index: number; weight: number; amount: number }[];
  /** Source of the part weights; null when the seasonality inputs have a problem. */
  seasonality: "given" | "pastSales" | "equal" | null;
  byOwner: { owner: string; weight: number; quota: number }[];
  /** Source of the owner weights; null without owners or when they have a problem. */
  ownerWeights: "given" | "lastSales" | "equal" | null;
  notes: QuotaPlanNote[];
  /** Inputs that prevent a part of the plan. The parts they touch are empty or null; the others are computed. */
  problems: QuotaPlanProblem[];
}

const DEFAULT_OVER_ALLOCATION = 0.1;
const MONTHS = 12;

/**
 * Plans next period's sales and splits them. The plan is lastActual × (1 + growth + uplift),
 * and each month or quarter gets plan × its seasonality weight. Each owner gets
 * plan × (1 + overAllocation) × the owner's weight. Owner quotas add up to more than the plan
 * so that the team can still reach it when some owners miss. Invalid numbers, weights and
 * owner lists come back as problems instead of exceptions.
 *
 * @example planQuotas({ lastActual: 1000000, growth: 0.15, uplift: 0.05, split: "quarter", seasonality: [1, 1, 1, 2],
 *   owners: [{ owner: "Ann", lastSales: 600000 }, { owner: "Bob", lastSales: 400000 }] })
 * // plan 1,200,000; quarters 240,000, 240,000, 240,000, 480,000;
 * // owner total 1,320,000: Ann 792,000, Bob 528,000
 */
export function planQuotas(options: QuotaPlanOptions): QuotaPlanResult {
  const problems: QuotaPlanProblem[] = [];
  const notes: QuotaPlanNote[] = [];

  const plan = planAmount(options, problems);
  const seasonal = seasonalWeights(options, problems, notes);
  const owners = options.owners && options.owners.length > 0 ? ownerWeights(options.owners, problems, notes) : null;
  const overAllocation = options.overAllocation ?? DEFAULT_OVER_ALLOCATION;
  const overAllocationValid = checkNumber(overAllocation, "overAllocation", problems) && checkNotNegative(overAllocation, "overAllocation", problems);

  const ownerTotal = plan !== null && overAllocationValid ? plan * (1 + overAllocation) : null;
  const byPeriod = plan !== null && seasonal ? seasonal.weights.map((weight, i) => ({ index: i + 1, weight, amount: plan * weight })) : [];
  const byOwner =
    ownerTotal !== null && owners ? owners.weights.map((weight, i) => ({ owner: owners.names[i], weight, quota: ownerTotal * weight })) : [];

  return {
    plan,
    ownerTotal,
    byPeriod,
    seasonality: seasonal?.source ?? null,
    byOwner,
    ownerWeights: owners?.source ?? null,
    notes,
    problems,
  };
}

/** lastActual × (1 + growth + uplift), or null after listing what is wrong with the inputs. */
function planAmount(options: QuotaPlanOptions, problems: QuotaPlanProblem[]): number | null {
  const { lastActual, growth } = options;
  const uplift = options.uplift ?? 0;

  const actualValid = checkNumber(lastActual, "lastActual", problems) && checkNotNegative(lastActual, "lastActual", problems);
  let growthValid = checkNumber(growth, "growth", problems);
  if (growthValid && growth < -1) {
    problems.push({ field: "growth", index: null, value: growth, reason: "belowMinusOne" });
    growthValid = false;
  }
  let upliftValid = checkNumber(uplift, "uplift", problems);
  if (growthValid && upliftValid && growth + uplift < -1) {
    problems.push({ field: "uplift", index: null, value: uplift, reason: "totalGrowthBelowMinusOne" });
    upliftValid = false;
  }

  if (!actualValid || !growthValid || !upliftValid) return null;
  return lastActual * (1 + growth + uplift);
}

/** Normalised weights of the parts, from the given seasonality, else past sales, else equal. */
function seasonalWeights(
  options: QuotaPlanOptions,
  problems: QuotaPlanProblem[],
  notes: QuotaPlanNote[],
): { weights: number[]; source: "given" | "pastSales" | "equal" } | null {
  const split = options.split ?? "month";
  if (split !== "month" && split !== "quarter") {
    problems.push({ field: "split", index: null, value: String(split), reason: "invalidSplit" });
    return null;
  }
  const parts = split === "month" ? MONTHS : 4;
  const equal = () => ({ weights: new Array<number>(parts).fill(1 / parts), source: "equal" as const });

  if (options.seasonality) {
    if (options.pastSales) notes.push({ code: "pastSalesIgnored" });
    const { seasonality } = options;
    if (seasonality.length !== parts && !(split === "quarter" && seasonality.length === MONTHS)) {
      problems.push({ field: "seasonality", index: null, value: seasonality.length, reason: "lengthMismatch" });
      return null;
    }
    if (!checkList(seasonality, "seasonality", problems)) return null;
    const weights = normalise(byParts(seasonality, parts));
    if (!weights) {
      problems.push({ field: "seasonality", index: null, value: 0, reason: "sumNotPositive" });
      return null;
    }
    return { weights, source: "given" };
  }

  if (!options.pastSales) return equal();
  const { pastSales } = options;
  if (pastSales.length < MONTHS) {
    problems.push({ field: "pastSales", index: null, value: pastSales.length, reason: "tooShort" });
    return null;
  }
  if (!checkList(pastSales, "pastSales", problems)) return null;
  if (pastSales.length % MONTHS !== 0) notes.push({ code: "pastSalesPartialYears", months: pastSales.length });

  const weights = normalise(byParts(monthlyMeans(pastSales), parts));
  if (!weights) {
    notes.push({ code: "pastSalesAllZero" });
    return equal();
  }
  return { weights, source: "pastSales" };
}

/** Mean of each calendar month's values, where value k belongs to month k mod 12. */
function monthlyMeans(pastSales: readonly number[]): number[] {
  const sums = new Array<number>(MONTHS).fill(0);
  const counts = new Array<number>(MONTHS).fill(0);
  pastSales.forEach((value, k) => {
    sums[k % MONTHS] += value;
    counts[k % MONTHS]++;
  });
  return sums.map((sum, month) => sum / counts[month]);
}

/** Adds up twelve monthly values into quarters when the split has 4 parts; otherwise returns them. */
function byParts(values: readonly number[], parts: number): number[] {
  if (values.length === parts) return [...values];
  const quarters = [0, 0, 0, 0];
  values.forEach((value, month) => {
    quarters[Math.floor(month / 3)] += value;
  });
  return quarters;
}

/** Normalised owner weights: given weights, else shares of last period's sales, else equal. */
function ownerWeights(
  owners: readonly QuotaPlanOwner[],
  problems: QuotaPlanProblem[],
  notes: QuotaPlanNote[],
): { names: string[]; weights: number[]; source: "given" | "lastSales" | "equal" } | null {
  const before = problems.length;
  const names = owners.map((entry) => entry.owner.trim());
  const seen = new Set<string>();
  names.forEach((name, i) => {
    if (name === "") problems.push({ field: "owners", index: i, value: owners[i].owner, reason: "ownerMissing" });
    else if (seen.has(name)) problems.push({ field: "owners", index: i, value: name, reason: "ownerDuplicate" });
    seen.add(name);
  });

  const weighted = owners.some((entry) => entry.weight !== undefined);
  if (weighted) {
    owners.forEach((entry, i) => {
      if (entry.weight === undefined) problems.push({ field: "owners.weight", index: i, value: names[i], reason: "weightMissing" });
    });
  }
  const values = owners.map((entry) => (weighted ? entry.weight : entry.lastSales) ?? 0);
  checkList(values, weighted ? "owners.weight" : "owners.lastSales", problems);
  if (problems.length > before) return null;

  const weights = normalise(values);
  if (weighted) {
    if (!weights) {
      problems.push({ field: "owners.weight", index: null, value: 0, reason: "sumNotPositive" });
      return null;
    }
    return { names, weights, source: "given" };
  }

  // No owner sold anything last period, so there is no history to share by.
  if (!weights) return { names, weights: new Array<number>(owners.length).fill(1 / owners.length), source: "equal" };
  const withoutSales = names.filter((_name, i) => values[i] === 0);
  if (withoutSales.length > 0) notes.push({ code: "ownersWithoutSales", owners: withoutSales });
  return { names, weights, source: "lastSales" };
}

/** Divides each value by the sum; null when the sum is not positive. */
function normalise(values: readonly number[]): number[] | null {
  const sum = values.reduce((total, value) => total + value, 0);
  if (!(sum > 0)) return null;
  return values.map((value) => value / sum);
}

/** Lists every non-finite or negative entry of a list of weights or sales; true when there is none. */
function checkList(values: readonly number[], field: QuotaPlanField, problems: QuotaPlanProblem[]): boolean {
  const before = problems.length;
  values.forEach((value, i) => {
    if (!Number.isFinite(value)) problems.push({ field, index: i, value: String(value), reason: "notFinite" });
    else if (value < 0) problems.push({ field, index: i, value, reason: "negative" });
  });
  return problems.length === before;
}

function checkNumber(value: number, field: QuotaPlanField, problems: QuotaPlanProblem[]): boolean {
  if (typeof value === "number" && Number.isFinite(value)) return true;
  problems.push({ field, index: null, value: String(value), reason: "notFinite" });
  return false;
}

function checkNotNegative(value: number, field: QuotaPlanField, problems: QuotaPlanProblem[]): boolean {
  if (value >= 0) return true;
  problems.push({ field, index: null, value, reason: "negative" });
  return false;
}
