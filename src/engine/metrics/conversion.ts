/**
 * Stage conversion, pipeline shape and the leads needed at each stage to make the quota.
 *
 * reached(s) counts the deals in the look-back window whose furthest stage is s or a later
 * one. The window ends on the as-of date and covers `lookbackDays` days. A closed deal is in
 * it when its close date is. An open deal is in it when it was created in the window or has
 * no created date, so open deals left over from before the window do not count.
 */
import { pipelineSteps, type PipelineSteps, type StagePreset } from "../read/stages";
import { bit, isBetween, isNumber } from "../branchless";
import { dealsOfKind } from "../table";
import type { DealTable } from "../types";

export interface ConversionOptions {
  /** Day number of the as-of date, the last day of the window. */
  asOf: number;
  /** Length of the window in days, as-of date included. */
  lookbackDays: number;
  /** Stage list whose open stages, in order, are the steps of the pipeline. */
  stages: StagePreset;
  /** Stage path per deal id, or null when the workbook has no stage history. */
  history: Map<string, { stages: string[] }> | null;
  /** Quota − won in the report period, or null when there is no quota. */
  remaining: number | null;
  /** Mean amount of a won deal, or null when unknown. */
  averageWonAmount: number | null;
}

/** Conversion from one stage to the next: reachedTo ÷ reachedFrom. */
export interface StageTransition {
  from: string;
  /** The next open stage, or the won stage's name after the last open stage. */
  to: string;
  reachedFrom: number;
  reachedTo: number;
  /** reachedTo ÷ reachedFrom, or null when no deal reached `from`. */
  rate: number | null;
}

export type ShapeKind = "glass" | "bottleneck" | "funnel";

/** Reason for the pipeline's shape, or for the lack of one. */
export type ShapeReason =
  /** Fewer than two transitions: one open stage gives no shape. */
  | "tooFewStages"
  /** Some rate is null because no deal reached its `from` stage. */
  | "rateMissing"
  /** glass: the largest drop is at the first transition and every later rate is at least 2/3. */
  | "firstDropThenSteady"
  /** funnel: the largest drop is at the first transition but a later rate is below 2/3. */
  | "firstDropThenLeaks"
  /** bottleneck: the largest drop is at a later transition and its rate is below 1/2. */
  | "laterDropSevere"
  /** funnel: the largest drop is at a later transition and its rate is at least 1/2. */
  | "laterDropModerate";

export interface PipelineShape {
  kind: ShapeKind | null;
  /** `from` stage of the transition with the largest drop, or null when there is no shape. */
  largestDropAfter: string | null;
  /** 1 − rate at that transition, or null when there is no shape. */
  largestDrop: number | null;
  reason: ShapeReason;
}

/** Reason for a missing leads-needed figure, or for a figure of 0. */
export type LeadsNeededReason = "noQuota" | "quotaMet" | "averageMissing" | "rateMissing" | "rateZero";

export interface LeadsNeeded {
  stage: string;
  /** Deals needed at this stage to win the remaining quota, or 0 when the quota is met. */
  needed: number | null;
  /** Open deals at this stage today, whatever their created date. */
  open: number;
  /** needed − open: positive is a shortfall, negative a surplus. Null when needed is. */
  gap: number | null;
  /** Set when `needed` is null or was not computed from the rates. */
  reason: LeadsNeededReason | null;
}

export interface ConversionResult {
  /** True when some lost deal counted at the first stage only for lack of a stage path. */
  estimated: boolean;
  /** Deals that counted towards reached, by kind. */
  counted: { open: number; won: number; lost: number };
  /** Lost deals that counted at the first stage only, because no stage path placed them. */
  lostWithoutHistory: number;
  skipped: {
    /** Open deals in the window whose stage is not an open stage of the stage list. */
    stageUnknown: number;
    /** Won and lost deals without a close date, which no window can place. */
    closeMissing: number;
  };
  transitions: StageTransition[];
  shape: PipelineShape;
  leadsNeeded: LeadsNeeded[];
}

/**
 * Counts reached(s) per open stage and won, and derives the stage conversion rates, the
 * pipeline shape and the leads needed per stage.
 *
 * An open deal's furthest stage is its current stage, and a won deal passed every stage. A
 * lost deal's furthest stage is the latest open stage among its stage path and its own stage
 * (Pipedrive and Odoo keep the stage where a lost deal stopped). A path containing the won
 * stage places the deal at the last open stage. A lost deal that none of these places
 * counts at the first stage only, and the result is marked estimated.
 *
 * @example computeConversion(table, { asOf, lookbackDays: 365, stages: DEFAULT_STAGES, history: null, remaining: 500000, averageWonAmount: 50000 })
 * // with reached Lead 16 … Negotiation 6, won 4: transitions[0] = { from: "Lead", to: "Qualified", reachedFrom: 16, reachedTo: 13, rate: 0.8125 }
 */
export function computeConversion(table: DealTable, options: ConversionOptions): ConversionResult {
  const steps = pipelineSteps(options.stages);
  const tally = new ReachedTally(steps);
  const windowStart = options.asOf - options.lookbackDays + 1;
  const openPosition = openPositionsByCode(table, steps);
  const history = options.history;

  const { open, won, lost } = dealsOfKind(table);
  // The loops count into arrays by position instead of testing each deal, because stages
  // and dates in and out of the window come in no order (see ../branchless). Slot 0 of each
  // array counts the deals at no open stage, and slot p + 1 those at open position p.
  const stageSlots = steps.open.length + 1;
  const openAtSlot = new Float64Array(stageSlots);
  const windowOpenAtSlot = new Float64Array(stageSlots);
  for (let k = 0; k < open.length; k++) {
    const i = open[k];
    const slot = openPosition[table.stageCode[i]] + 1;
    openAtSlot[slot]++;
    // An open deal without a created date counts, as one created in the window does.
    const created = table.created[i];
    windowOpenAtSlot[slot] += 1 - (bit(created < windowStart) | bit(created > options.asOf));
  }
  for (let position = 0; position < steps.open.length; position++) tally.addOpenAt(position, windowOpenAtSlot[position + 1]);
  // Open deals at each stage today, whatever their created date, for the leads needed.
  const openAt = Array.from(openAtSlot.subarray(1));

  // Closed deals count when they closed in the window; without a close date no window can place them.
  let closeMissing = 0;
  let wonInWindow = 0;
  for (let k = 0; k < won.length; k++) {
    const close = table.close[won[k]];
    closeMissing += 1 - isNumber(close);
    wonInWindow += isBetween(close, windowStart, options.asOf);
  }
  tally.addWon(wonInWindow);

  // Without a stage path, a lost deal's furthest stage follows from its own stage alone, once
  // per distinct stage text. Slot 0 counts the deals it does not place.
  const ownStageSlot = Int32Array.from(table.stageNames, (stage) => (furthestLostPosition(steps, stage, []) ?? -1) + 1);
  const lostAtSlot = new Float64Array(stageSlots);
  for (let k = 0; k < lost.length; k++) {
    const i = lost[k];
    const close = table.close[i];
    closeMissing += 1 - isNumber(close);
    const inWindow = isBetween(close, windowStart, options.asOf);
    const path = history !== null && inWindow === 1 ? history.get(table.id[i])?.stages : undefined;
    if (path) tally.addLost(table.stage[i], path);
    else lostAtSlot[ownStageSlot[table.stageCode[i]]] += inWindow;
  }
  tally.addLostAt(null, lostAtSlot[0]);
  for (let position = 0; position < steps.open.length; position++) tally.addLostAt(position, lostAtSlot[position + 1]);

  const { reached, counted, lostWithoutHistory } = tally;
  const transitions = buildTransitions(steps, reached);
  return {
    estimated: lostWithoutHistory > 0,
    counted,
    lostWithoutHistory,
    skipped: { stageUnknown: windowOpenAtSlot[0], closeMissing },
    transitions,
    shape: classifyShape(transitions),
    leadsNeeded: computeLeadsNeeded(openAt, steps, transitions, options),
  };
}

/**
 * reached(s) per open stage and won, added up deal by deal. computeConversion feeds it the
 * deals of its window, and the CONVERSION custom function the stages of its range, so that
 * both count a deal at the same stages.
 */
export class ReachedTally {
  /** Deals that counted, by kind. */
  readonly counted = { open: 0, won: 0, lost: 0 };
  /** Lost deals that counted at the first stage only, because no stage path placed them. */
  lostWithoutHistory = 0;
  /** Deals whose furthest step is each open stage, then won; reached sums them from the end. */
  private readonly furthest: number[];

  constructor(private readonly steps: PipelineSteps) {
    this.furthest = new Array<number>(steps.open.length + 1).fill(0);
  }

  /** reached(s) for each open stage s in order, then reached(won) last. */
  get reached(): number[] {
    const reached = [...this.furthest];
    for (let s = reached.length - 2; s >= 0; s--) reached[s] += reached[s + 1];
    return reached;
  }

  /** Counts an open deal up to its current stage. Returns false, counting nothing, when the stage is not an open stage of the list. */
  addOpen(stage: string): boolean {
    const position = this.steps.positionOf(stage);
    if (position === null) return false;
    this.addOpenAt(position);
    return true;
  }

  /** Counts `count` open deals (one by default) up to the open stage at a 0-based position. */
  addOpenAt(position: number, count = 1): void {
    this.furthest[position] += count;
    this.counted.open += count;
  }

  /** Counts `count` won deals (one by default) at every stage and at won. */
  addWon(count = 1): void {
    this.furthest[this.steps.open.length] += count;
    this.counted.won += count;
  }

  /** Counts a lost deal up to the furthest open stage of its own stage and its stage path. */
  addLost(stage: string, path: readonly string[]): void {
    this.addLostAt(furthestLostPosition(this.steps, stage, path));
  }

  /**
   * Counts `count` lost deals (one by default) up to the open stage at a 0-based position,
   * or at the first stage only when null.
   */
  addLostAt(position: number | null, count = 1): void {
    // Limitation: without a stage path a lost deal counts as reaching only the first stage.
    if (position === null) this.lostWithoutHistory += count;
    this.furthest[position ?? 0] += count;
    this.counted.lost += count;
  }
}

/** Returns the open-stage position of each distinct stage text, indexed by the table's stage codes; −1 for other stages. */
function openPositionsByCode(table: DealTable, steps: PipelineSteps): Int32Array {
  return Int32Array.from(table.stageNames, (stage) => steps.positionOf(stage) ?? -1);
}

/**
 * Returns the latest open-stage position among a lost deal's stage path and its own stage,
 * or null when none of them is an open stage or the won stage.
 */
function furthestLostPosition(steps: PipelineSteps, ownStage: string, path: readonly string[]): number | null {
  let furthest: number | null = null;
  for (const stage of [ownStage, ...path]) {
    // A deal once marked won and then lost went through every open stage on the way.
    const position = steps.isWon(stage) ? steps.open.length - 1 : steps.positionOf(stage);
    if (position !== null && position >= 0 && (furthest === null || position > furthest)) furthest = position;
  }
  return furthest;
}

function buildTransitions(steps: PipelineSteps, reached: number[]): StageTransition[] {
  const names = [...steps.open, steps.wonName];
  const transitions: StageTransition[] = [];
  for (let s = 0; s + 1 < names.length; s++) {
    const reachedFrom = reached[s];
    const reachedTo = reached[s + 1];
    transitions.push({ from: names[s], to: names[s + 1], reachedFrom, reachedTo, rate: reachedFrom === 0 ? null : reachedTo / reachedFrom });
  }
  return transitions;
}

/**
 * Classifies the pipeline by where it loses the most deals. Rates are compared as exact
 * fractions of the reached counts, so 10 of 15 is exactly 2/3. Among equal drops the first
 * one counts as the largest.
 *
 * @example classifyShape(transitions with rates 0.25, 0.8, 0.9) // { kind: "glass", largestDropAfter: transitions[0].from, largestDrop: 0.75, reason: "firstDropThenSteady" }
 */
export function classifyShape(transitions: StageTransition[]): PipelineShape {
  const none = (reason: ShapeReason): PipelineShape => ({ kind: null, largestDropAfter: null, largestDrop: null, reason });
  if (transitions.length < 2) return none("tooFewStages");
  if (transitions.some((transition) => transition.rate === null)) return none("rateMissing");

  let largest = 0;
  transitions.forEach((transition, index) => {
    if (lowerRate(transition, transitions[largest])) largest = index;
  });
  const drop = transitions[largest];
  const shape = (kind: ShapeKind, reason: ShapeReason): PipelineShape => ({
    kind,
    largestDropAfter: drop.from,
    largestDrop: 1 - (drop.rate as number),
    reason,
  });

  if (largest === 0) {
    const laterSteady = transitions.slice(1).every((transition) => 3 * transition.reachedTo >= 2 * transition.reachedFrom);
    return laterSteady ? shape("glass", "firstDropThenSteady") : shape("funnel", "firstDropThenLeaks");
  }
  const belowHalf = 2 * drop.reachedTo < drop.reachedFrom;
  return belowHalf ? shape("bottleneck", "laterDropSevere") : shape("funnel", "laterDropModerate");
}

/** True when a's rate is below b's, by cross-multiplying the counts. Both must have reachedFrom > 0. */
function lowerRate(a: StageTransition, b: StageTransition): boolean {
  return a.reachedTo * b.reachedFrom < b.reachedTo * a.reachedFrom;
}

/**
 * Leads needed at stage s = ceil(remaining ÷ (averageWonAmount × Π rates from s to won)).
 * The product telescopes to reached(won) ÷ reached(s) and is computed so, from the counts.
 * A quota already met needs 0 deals at every stage.
 */
function computeLeadsNeeded(openAt: readonly number[], steps: PipelineSteps, transitions: StageTransition[], options: ConversionOptions): LeadsNeeded[] {
  const { remaining, averageWonAmount } = options;
  return steps.open.map((stage, s) => {
    const open = openAt[s];
    const result = (needed: number | null, reason: LeadsNeededReason | null): LeadsNeeded => ({
      stage,
      needed,
      open,
      gap: needed === null ? null : needed - open,
      reason,
    });

    if (remaining === null || Number.isNaN(remaining)) return result(null, "noQuota");
    if (remaining <= 0) return result(0, "quotaMet");
    if (averageWonAmount === null || !(averageWonAmount > 0)) return result(null, "averageMissing");
    const ahead = transitions.slice(s);
    if (ahead.some((transition) => transition.rate === null)) return result(null, "rateMissing");
    if (ahead.some((transition) => transition.rate === 0)) return result(null, "rateZero");

    const reachedHere = ahead[0].reachedFrom;
    const reachedWon = ahead[ahead.length - 1].reachedTo;
    return result(leadsNeededFor(remaining, averageWonAmount, { won: reachedWon, reached: reachedHere }), null);
  });
}

/**
 * Returns the deals needed at a stage to win `remaining`: ceil(remaining ÷ (averageWonAmount ×
 * won ÷ reached)), where won ÷ reached is the share of the stage's deals that end won. The
 * quotient is rounded to 9 decimals before the ceiling, because a fractional average can turn
 * a whole result such as 40 into 40.000000000000007, which would round up to 41. A remaining
 * amount of 0 or less needs 0 deals. The LEADSNEEDED custom function passes its conversion
 * rate as won with reached 1.
 *
 * @example leadsNeededFor(500000, 50000, { won: 4, reached: 16 }) // 40: 500,000 ÷ (50,000 × 0.25)
 */
export function leadsNeededFor(remaining: number, averageWonAmount: number, share: { won: number; reached: number }): number {
  if (remaining <= 0) return 0;
  const quotient = (remaining * share.reached) / (averageWonAmount * share.won);
  return Math.ceil(Number(quotient.toFixed(9)));
}
