/**
 * Concentration of the open pipeline: how much of it rests on a few deals, overall and per
 * owner, measured with the largest deal's share and the Herfindahl-Hirschman index (HHI).
 */
import { compareText } from "../text";
import { dealsOfKind } from "../table";
import type { DealTable } from "../types";

export interface ConcentrationOptions {
  /** Limits beyond which a pipeline depends on too few deals. */
  limits: {
    /** At risk when the largest deal's share of the amount is above this fraction. */
    largestShare: number;
    /** At risk when the effective number of deals is below this. */
    effectiveDeals: number;
  };
}

export type ConcentrationReason = "largestShare" | "effectiveDeals";

/**
 * Concentration of a set of deals. Shares, HHI and effective deals are null when the set is
 * empty, and an empty set is not at risk.
 */
export interface Concentration {
  /** Deals counted. */
  units: number;
  /** Σ amount over the deals counted. */
  amount: number;
  /** Largest amount ÷ Σ amount. */
  largestShare: number | null;
  /** Σ share², from 1 ÷ units (equal deals) up to 1 (a single deal). */
  hhi: number | null;
  /** 1 ÷ hhi: the number of equal deals that would be as concentrated. */
  effectiveDeals: number | null;
  atRisk: boolean;
  /** Limits passed, in the order of `ConcentrationOptions.limits`. */
  reasons: ConcentrationReason[];
}

export interface ConcentrationResult {
  overall: Concentration;
  /**
   * One entry per owner with a counted deal, largest amount first. Ties go by owner name in
   * plain string order, which does not depend on the locale. Owner "" collects the deals
   * without an owner.
   */
  byOwner: ({ owner: string } & Concentration)[];
}

/**
 * Relative slack for the comparisons with the limits. Three equal deals of 1,000.01 give
 * effectiveDeals 2.9999999999999996 in binary floating point, and a pipeline exactly on a
 * limit must not count as past it.
 */
const FLOAT_SLACK = 1e-9;

/** Running sums of one set of deals. */
interface Sums {
  units: number;
  sum: number;
  sumOfSquares: number;
  max: number;
}

/**
 * Computes the concentration of the open pipeline, overall and per owner, in one pass.
 * Only open deals with a positive amount count. A zero amount adds nothing to any share,
 * and a negative amount has no meaningful share, so both are left out, as are blank,
 * invalid and other-currency amounts. An owner whose deals are all left out has no entry.
 *
 * @example computeConcentration(table, { limits: { largestShare: 0.5, effectiveDeals: 3 } }).overall
 * // deals of 60,000 and 20,000: largestShare 0.75, hhi (3,600 + 400) ÷ 80² = 0.625,
 * // effectiveDeals 1.6, atRisk true, reasons ["largestShare", "effectiveDeals"]
 */
export function computeConcentration(table: DealTable, options: ConcentrationOptions): ConcentrationResult {
  const { limits } = options;
  if (!Number.isFinite(limits.largestShare)) throw new RangeError(`limits.largestShare must be a number, got ${limits.largestShare}`);
  if (!Number.isFinite(limits.effectiveDeals)) throw new RangeError(`limits.effectiveDeals must be a number, got ${limits.effectiveDeals}`);

  // Running sums per distinct owner text, indexed by the table's owner codes.
  const owners = table.ownerNames.length;
  const units = new Float64Array(owners);
  const sum = new Float64Array(owners);
  const sumOfSquares = new Float64Array(owners);
  const max = new Float64Array(owners);
  const { open } = dealsOfKind(table);
  for (let k = 0; k < open.length; k++) {
    const i = open[k];
    const amount = table.amount[i];
    // `amount > 0` is false for NaN, so blank and unreadable amounts drop out here too.
    if (!(amount > 0)) continue;
    const code = table.ownerCode[i];
    units[code]++;
    sum[code] += amount;
    sumOfSquares[code] += amount * amount;
    if (amount > max[code]) max[code] = amount;
  }

  const overall = emptySums();
  const byOwner: ConcentrationResult["byOwner"] = [];
  for (let code = 0; code < owners; code++) {
    if (units[code] === 0) continue;
    const sums: Sums = { units: units[code], sum: sum[code], sumOfSquares: sumOfSquares[code], max: max[code] };
    byOwner.push({ owner: table.ownerNames[code], ...rateConcentration(sums, limits) });
    overall.units += sums.units;
    overall.sum += sums.sum;
    overall.sumOfSquares += sums.sumOfSquares;
    overall.max = Math.max(overall.max, sums.max);
  }
  byOwner.sort((a, b) => b.amount - a.amount || compareText(a.owner, b.owner));
  return { overall: rateConcentration(overall, limits), byOwner };
}

function emptySums(): Sums {
  return { units: 0, sum: 0, sumOfSquares: 0, max: 0 };
}

/** Turns running sums into the figures, with hhi = Σ (aᵢ ÷ Σa)² = Σa² ÷ (Σa)². */
function rateConcentration(sums: Sums, limits: ConcentrationOptions["limits"]): Concentration {
  if (sums.units === 0) {
    return { units: 0, amount: 0, largestShare: null, hhi: null, effectiveDeals: null, atRisk: false, reasons: [] };
  }

  const squaredSum = sums.sum * sums.sum;
  const largestShare = sums.max / sums.sum;
  const hhi = sums.sumOfSquares / squaredSum;
  const effectiveDeals = 1 / hhi;

  const reasons: ConcentrationReason[] = [];
  if (largestShare > limits.largestShare * (1 + FLOAT_SLACK)) reasons.push("largestShare");
  if (effectiveDeals < limits.effectiveDeals * (1 - FLOAT_SLACK)) reasons.push("effectiveDeals");
  return { units: sums.units, amount: sums.sum, largestShare, hhi, effectiveDeals, atRisk: reasons.length > 0, reasons };
}

