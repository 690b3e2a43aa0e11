/**
 * Movement of the open pipeline: deals stalled in their stage, inactive deals, deals past
 * their close date and deals whose close date was pushed again and again.
 */
import { DEFAULT_STALL_DAYS, normalizeStageName, type StageIndex } from "../read/stages";
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
  const stalled = { count: 0, amount: 0, unknown: 0, noStallLimit: 0 };
  const inactive = { count: 0, amount: 0 };
  let judgedOnLastActivity = 0;
  let judgedOnStageEntered = 0;
  let judgedOnCreated = 0;
  let judgedOnNothing = 0;
  const pastDue = { count: 0, amount: 0 };
  const rescheduled = { count: 0, amount: 0 };
  let openPipeline = 0;

  const { open } = dealsOfKind(table);
  for (let k = 0; k < open.length; k++) {
    const i = open[k];
    const amount = table.amount[i];
    const hasAmount = !Number.isNaN(amount);
    if (hasAmount) openPipeline += amount;
    let flag = 0;

    // Stalled. A deal without a stage-entered date, in a stage without a limit, counts
    // under both reasons.
    const stallDays = stallDaysByCode[table.stageCode[i]];
    const stageEntered = table.stageEntered[i];
    if (Number.isNaN(stallDays)) stalled.noStallLimit++;
    if (Number.isNaN(stageEntered)) stalled.unknown++;
    else if (asOf - stageEntered > stallDays) flag |= MOVEMENT_FLAG.stalled;

    // Inactive, judged on the first of lastActivity, stageEntered and created that the row
    // has. With none of them the day stays NaN and the deal is not inactive.
    let activityDay = table.lastActivity[i];
    if (!Number.isNaN(activityDay)) judgedOnLastActivity++;
    else if (!Number.isNaN(stageEntered)) {
      activityDay = stageEntered;
      judgedOnStageEntered++;
    } else if (!Number.isNaN(table.created[i])) {
      activityDay = table.created[i];
      judgedOnCreated++;
    } else {
      judgedOnNothing++;
    }
    if (asOf - activityDay >= inactivityDays) flag |= MOVEMENT_FLAG.inactive;

    // Past due and rescheduled. NaN compares false, so a deal without a close date or a push
    // count is neither.
    if (table.close[i] < asOf) flag |= MOVEMENT_FLAG.pastDue;
    // NOTE: only the pushCount column is read. Close-date changes in a stage history are not
    // counted yet, so a table without that column has no rescheduled deals.
    if (table.pushCount[i] >= RESCHEDULED_PUSH_COUNT) flag |= MOVEMENT_FLAG.rescheduled;

    flags[i] = flag;
    const counted = hasAmount ? amount : 0;
    if (flag & MOVEMENT_FLAG.stalled) addDeal(stalled, counted);
    if (flag & MOVEMENT_FLAG.inactive) addDeal(inactive, counted);
    if (flag & MOVEMENT_FLAG.pastDue) addDeal(pastDue, counted);
    if (flag & MOVEMENT_FLAG.rescheduled) addDeal(rescheduled, counted);
  }

  const basis: Record<InactivityBasis, number> = {
    lastActivity: judgedOnLastActivity,
    stageEntered: judgedOnStageEntered,
    created: judgedOnCreated,
    none: judgedOnNothing,
  };
  return {
    stalled: { ...stalled, share: shareOf(stalled.amount, openPipeline) },
    inactive: { ...inactive, share: shareOf(inactive.amount, openPipeline), basis },
    pastDue,
    rescheduled,
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

function addDeal(group: MovementGroup, amount: number): void {
  group.count++;
  group.amount += amount;
}

function shareOf(amount: number, openPipeline: number): number | null {
  return openPipeline > 0 ? amount / openPipeline : null;
}
