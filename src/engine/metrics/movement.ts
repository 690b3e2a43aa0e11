/**
 * Movement of the open pipeline: deals stalled in their stage, inactive deals, deals past
 * their close date and deals whose close date was pushed again and again.
 */
import { DEFAULT_STALL_DAYS, normalizeStageName, type StageIndex } from "../read/stages";
import { amountIf, bit, flagIf, isNumber, valueOr } from "../branchless";
import { dealsOfKind } from "../table";
import type { DealTable } from "../types";

/** Bits of `MovementResult.flags`, one per movement problem of a deal. */
export const MOVEMENT_FLAG = { stalled: 1, inactive: 2, pastDue: 4, rescheduled: 8 } as const;

/** A deal with its close date pushed this many times or more is rescheduled. */
export const RESCHEDULED_PUSH_COUNT = 2;

export interface MovementOptions {
  /** As-of date as a day number. */
  asOf: number;
  /** Days without activity after which an open deal is inactive. */
  inactivityDays: number;
  /** Stall limit in days of a stage, by the stage name as the table stores it. Null when the stage has none. */
  stallDaysOf: (stageName: string) => number | null;
}

/** Open deals with one movement problem. */
export interface MovementGroup {
  /** Deals with the problem, including those without a readable amount. */
  count: number;
  /** Σ amount over the deals with a readable amount, negative amounts included as in the open pipeline. */
  amount: number;
}

/** A movement group with its part of the open pipeline. */
export interface MovementShareGroup extends MovementGroup {
  /** amount ÷ openPipeline, or null when the open pipeline is 0 or negative. */
  share: number | null;
}

/** Date an open deal's inactivity was measured from. */
export type InactivityBasis = "lastActivity" | "stageEntered" | "created" | "none";

export interface MovementResult {
  /** Open deals in their current stage for more days than the stage's stall limit. */
  stalled: MovementShareGroup & {
    /** Open deals without a stage-entered date, whose days in stage are unknown. They are not judged. */
    unknown: number;
    /** Open deals whose stage has no stall limit. They are not judged. */
    noStallLimit: number;
  };
  /** Open deals with no activity for at least `inactivityDays`. */
  inactive: MovementShareGroup & {
    /** Open deals judged on each date. "none" counts deals without any of the three, which are not judged. */
    basis: Record<InactivityBasis, number>;
  };
  /** Open deals whose close date is before the as-of date. */
  pastDue: MovementGroup;
  /** Open deals whose close date was pushed at least `RESCHEDULED_PUSH_COUNT` times. */
  rescheduled: MovementGroup;
  /**
   * `MOVEMENT_FLAG` bits of each deal, by table index, for the flags of the top-deals list.
   * Deals that are not open have 0. The JSON report must leave this field out, because
   * JSON.stringify writes a typed array as an object keyed by index.
   */
  flags: Uint8Array;
}

/**
 * Counts the open deals that are stalled, inactive, past due or rescheduled, in one pass
 * over the table.
 *
 * - Stalled: as-of − stageEntered exceeds the stage's stall limit, so a deal on its limit's
 *   last day is not stalled yet.
 * - Inactive: as-of − lastActivity ≥ inactivityDays. Without lastActivity the deal is judged
 *   on stageEntered, then created, and `inactive.basis` counts the deals judged on each.
 * - Past due: close date before the as-of date. A deal closing on the as-of date is not.
 * - Rescheduled: pushCount ≥ 2.
 *
 * Counts include deals without a readable amount (blank, invalid or in another currency),
 * while amounts and shares leave them out.
 *
 * @example computeMovement(table, { asOf: dayFromIso("2026-05-15"), inactivityDays: 30, stallDaysOf: () => 30 })
 * // a Lead deal of 20,000 that entered its stage on 2026-04-14 (31 days) and was last touched
 * // on 2026-04-15 (30 days) is stalled and inactive: flags 1 | 2 = 3
 */
export function computeMovement(table: DealTable, options: MovementOptions): MovementResult {
  const { asOf, inactivityDays } = options;
  if (!Number.isFinite(asOf)) throw new RangeError(`asOf must be a day number, got ${asOf}`);
  if (!Number.isFinite(inactivityDays)) throw new RangeError(`inactivityDays must be a number of days, got ${inactivityDays}`);
  // The stall limit of each distinct stage text, indexed by the table's stage codes; NaN for none.
  const stallDaysByCode = Float64Array.from(table.stageNames, (stageName) => {
    const found = options.stallDaysOf(stageName);
    return found !== null && Number.isFinite(found) ? found : NaN;
  });

  const flags = new Uint8Array(table.size);
  let stalledCount = 0;
  let stalledAmount = 0;
  let stallUnknown = 0;
  let noStallLimit = 0;
  let inactiveCount = 0;
  let inactiveAmount = 0;
  let judgedOnLastActivity = 0;
  let judgedOnStageEntered = 0;
  let judgedOnCreated = 0;
  let pastDueCount = 0;
  let pastDueAmount = 0;
  let rescheduledCount = 0;
  let rescheduledAmount = 0;
  let openPipeline = 0;

  // The loop is branchless (see ../branchless): each test becomes 0 or 1 and is added, and
  // amounts are added times that bit, because the four problems hit deals in no order.
  const { open } = dealsOfKind(table);
  for (let k = 0; k < open.length; k++) {
    const i = open[k];
    const amount = table.amount[i];
    openPipeline += amountIf(1, amount);

    // Stalled. A deal without a stage-entered date, in a stage without a limit, counts
    // under both reasons. NaN compares false, so neither kind of deal is stalled.
    const stallDays = stallDaysByCode[table.stageCode[i]];
    const stageEntered = table.stageEntered[i];
    noStallLimit += 1 - isNumber(stallDays);
    stallUnknown += 1 - isNumber(stageEntered);
    const stalled = bit(asOf - stageEntered > stallDays);

    // Inactive, judged on the first of lastActivity, stageEntered and created that the row
    // has. With none of them the day stays NaN and the deal is not inactive.
    const lastActivity = table.lastActivity[i];
    const created = table.created[i];
    const hasLastActivity = isNumber(lastActivity);
    const hasStageEntered = isNumber(stageEntered);
    judgedOnLastActivity += hasLastActivity;
    judgedOnStageEntered += (1 - hasLastActivity) & hasStageEntered;
    judgedOnCreated += (1 - hasLastActivity) & (1 - hasStageEntered) & isNumber(created);
    const activityDay = valueOr(lastActivity, valueOr(stageEntered, created));
    const inactive = bit(asOf - activityDay >= inactivityDays);

    // Past due and rescheduled. NaN compares false, so a deal without a close date or a push
    // count is neither.
    const pastDue = bit(table.close[i] < asOf);
    // NOTE: only the pushCount column is read. Close-date changes in a stage history are not
    // counted yet, so a table without that column has no rescheduled deals.
    const rescheduled = bit(table.pushCount[i] >= RESCHEDULED_PUSH_COUNT);

    flags[i] = flagIf(stalled, MOVEMENT_FLAG.stalled) | flagIf(inactive, MOVEMENT_FLAG.inactive) | flagIf(pastDue, MOVEMENT_FLAG.pastDue) | flagIf(rescheduled, MOVEMENT_FLAG.rescheduled);
    stalledCount += stalled;
    stalledAmount += amountIf(stalled, amount);
    inactiveCount += inactive;
    inactiveAmount += amountIf(inactive, amount);
    pastDueCount += pastDue;
    pastDueAmount += amountIf(pastDue, amount);
    rescheduledCount += rescheduled;
    rescheduledAmount += amountIf(rescheduled, amount);
  }

  const basis: Record<InactivityBasis, number> = {
    lastActivity: judgedOnLastActivity,
    stageEntered: judgedOnStageEntered,
    created: judgedOnCreated,
    none: open.length - judgedOnLastActivity - judgedOnStageEntered - judgedOnCreated,
  };
  return {
    stalled: { count: stalledCount, amount: stalledAmount, unknown: stallUnknown, noStallLimit, share: shareOf(stalledAmount, openPipeline) },
    inactive: { count: inactiveCount, amount: inactiveAmount, share: shareOf(inactiveAmount, openPipeline), basis },
    pastDue: { count: pastDueCount, amount: pastDueAmount },
    rescheduled: { count: rescheduledCount, amount: rescheduledAmount },
    flags,
  };
}

/**
 * Builds the `stallDaysOf` lookup for a stage index. A stage the index lacks gets
 * `fallbackDays`: the 30-day default unless the caller passes another limit, or null to
 * leave deals of unknown stages unjudged.
 *
 * @example stallDaysLookup(indexWithFallbacks(DEFAULT_STAGES))("  negotiation ") // 30
 */
export function stallDaysLookup(index: StageIndex, fallbackDays: number | null = DEFAULT_STALL_DAYS): (stageName: string) => number | null {
  return (stageName) => index.get(normalizeStageName(stageName))?.stallDays ?? fallbackDays;
}

function shareOf(amount: number, openPipeline: number): number | null {
  return openPipeline > 0 ? amount / openPipeline : null;
}
