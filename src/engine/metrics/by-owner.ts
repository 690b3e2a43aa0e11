/**
 * The headline figures per owner, so a manager can compare reps: revenue against units,
 * and how many open deals each carries (bandwidth).
 */
import { compareText } from "../text";
import { KIND, type DealTable } from "../types";

export interface OwnerFigures {
  /** Owner as written in the deals table; "" for deals without one. */
  owner: string;
  /** Open deals: the rep's bandwidth. */
  openDeals: number;
  openPipeline: number;
  periodPipeline: number;
  wonInPeriod: number;
  /** Σ amount × probability over the owner's open deals closing in the period. */
  weightedForecast: number;
  /** Won and lost deals closed in the look-back window. */
  won: number;
  lost: number;
  /** won ÷ (won + lost) in the window, or null when the owner closed nothing there. */
  winRate: number | null;
  /** Σ won amount in the window ÷ won deals with an amount there, or null without any. */
  averageWonAmount: number | null;
}

export interface ByOwnerOptions {
  period: { start: number; end: number };
  /** Look-back window of win rates, day numbers, both ends inclusive. */
  window: { start: number; end: number };
}

interface Accumulator extends Omit<OwnerFigures, "winRate" | "averageWonAmount"> {
  wonAmount: number;
  wonWithAmount: number;
}

/**
 * Computes each owner's figures in one pass, with the same rules as the team's: amounts
 * that are missing are left out of sums, probabilities fall back to the stage default, and
 * deals without one add nothing to the forecast. Owners come largest open pipeline first.
 *
 * @example computeByOwner(table, { period: Q2, window })
 * // [{ owner: "Ann", openDeals: 3, openPipeline: 450000, winRate: 0.5, … }, { owner: "Bob", … }]
 */
export function computeByOwner(table: DealTable, options: ByOwnerOptions): OwnerFigures[] {
  const { period, window } = options;
  // One accumulator per distinct owner text, indexed by the table's owner codes.
  const owners: Accumulator[] = table.ownerNames.map((owner) => ({
    owner,
    openDeals: 0,
    openPipeline: 0,
    periodPipeline: 0,
    wonInPeriod: 0,
    weightedForecast: 0,
    won: 0,
    lost: 0,
    wonAmount: 0,
    wonWithAmount: 0,
  }));
  const present = new Uint8Array(owners.length);

  for (let i = 0; i < table.size; i++) {
    const code = table.ownerCode[i];
    present[code] = 1;
    const owner = owners[code];
    const kind = table.kind[i];
    const amount = table.amount[i];
    const close = table.close[i];
    const hasAmount = !Number.isNaN(amount);
    const inPeriod = close >= period.start && close <= period.end;
    const inWindow = close >= window.start && close <= window.end;

    if (kind === KIND.open) {
      owner.openDeals++;
      if (!hasAmount) continue;
      owner.openPipeline += amount;
      if (!inPeriod) continue;
      owner.periodPipeline += amount;
      const probability = Number.isNaN(table.probability[i]) ? table.stageProbability[i] : table.probability[i];
      if (!Number.isNaN(probability)) owner.weightedForecast += amount * probability;
    } else if (kind === KIND.won) {
      if (hasAmount && inPeriod) owner.wonInPeriod += amount;
      if (!inWindow) continue;
      owner.won++;
      if (hasAmount) {
        owner.wonAmount += amount;
        owner.wonWithAmount++;
      }
    } else if (kind === KIND.lost && inWindow) {
      owner.lost++;
    }
  }

  return owners
    .filter((_owner, code) => present[code] === 1)
    .map(({ wonAmount, wonWithAmount, ...figures }) => ({
      ...figures,
      winRate: figures.won + figures.lost === 0 ? null : figures.won / (figures.won + figures.lost),
      averageWonAmount: wonWithAmount === 0 ? null : wonAmount / wonWithAmount,
    }))
    .sort((a, b) => b.openPipeline - a.openPipeline || compareText(a.owner, b.owner));
}

