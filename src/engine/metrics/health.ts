/**
 * The health scorecard: one status per dimension of the pipeline, each with the figure and
 * the threshold that produced it, and an overall status that is the worst of them.
 */

export type HealthStatus = "good" | "watch" | "risk";

export type HealthDimension = "coverage" | "conversion" | "movement" | "concentration" | "dataQuality" | "pace";

export interface DimensionHealth {
  dimension: HealthDimension;
  /** Null when the figure is missing, so the dimension is not rated. */
  status: HealthStatus | null;
  /** The figure that was rated (a ratio or share), or null when it is missing. */
  figure: number | null;
  /** The threshold the figure crossed, or the nearest one it did not, for the explanation. */
  threshold: number | null;
  /** Catalog key suffix of the explanation: `health.reason.${reason}`. */
  reason: string;
}

export interface HealthScore {
  overall: HealthStatus | null;
  dimensions: DimensionHealth[];
}

/** Figures the scorecard rates; each is null when the report could not compute it. */
export interface HealthInputs {
  coverage: number | null;
  /** True when the quota is met, which makes coverage good whatever its value. */
  quotaMet: boolean;
  coverageBand: { low: number; high: number };
  shape: "glass" | "funnel" | "bottleneck" | null;
  /** Share of the open pipeline's amount in stalled deals. */
  stalledShare: number | null;
  /** Share of the open pipeline's amount in inactive deals. */
  inactiveShare: number | null;
  concentration: { largestShare: number | null; effectiveDeals: number | null; atRisk: boolean } | null;
  concentrationLimits: { largestShare: number; effectiveDeals: number };
  cleanShare: number | null;
  /** Quarter-to-date pace: won so far ÷ the plan's share for the days elapsed. */
  pace: number | null;
}

/**
 * Thresholds of the watch and risk statuses. Coverage uses the report's band: below the
 * band's low end is watch, below two thirds of it risk. The others are this product's
 * defaults, stated in the user docs.
 */
export const HEALTH_THRESHOLDS = {
  movement: { watch: 0.2, risk: 0.4 },
  dataQuality: { watch: 0.9, risk: 0.7 },
  pace: { watch: 1, risk: 0.8 },
  concentrationWatchShare: 0.7,
} as const;

const ORDER: Record<HealthStatus, number> = { good: 0, watch: 1, risk: 2 };

/**
 * A glass loses most deals at qualification and keeps the rest, which is healthy. A funnel
 * leaks at every stage. A bottleneck loses more than half at a later stage.
 */
const SHAPE_STATUS: Record<"glass" | "funnel" | "bottleneck", HealthStatus> = { glass: "good", funnel: "watch", bottleneck: "risk" };

/**
 * Rates every dimension and takes the worst as the overall status.
 *
 * @example scoreHealth({ coverage: 2.5, coverageBand: { low: 3, high: 4 }, ... }).dimensions[0]
 * // { dimension: "coverage", status: "watch", figure: 2.5, threshold: 3, reason: "coverageBelowBand" }
 */
export function scoreHealth(inputs: HealthInputs): HealthScore {
  const dimensions = [rateCoverage(inputs), rateConversion(inputs), rateMovement(inputs), rateConcentration(inputs), rateDataQuality(inputs), ratePace(inputs)];
  let overall: HealthStatus | null = null;
  for (const dimension of dimensions) {
    if (dimension.status === null) continue;
    if (overall === null || ORDER[dimension.status] > ORDER[overall]) overall = dimension.status;
  }
  return { overall, dimensions };
}

function rateCoverage({ coverage, quotaMet, coverageBand }: HealthInputs): DimensionHealth {
  if (quotaMet) return { dimension: "coverage", status: "good", figure: null, threshold: null, reason: "quotaMet" };
  if (coverage === null) return { dimension: "coverage", status: null, figure: null, threshold: null, reason: "noQuota" };
  const riskBelow = (coverageBand.low * 2) / 3;
  if (coverage < riskBelow) return { dimension: "coverage", status: "risk", figure: coverage, threshold: riskBelow, reason: "coverageFarBelowBand" };
  if (coverage < coverageBand.low) return { dimension: "coverage", status: "watch", figure: coverage, threshold: coverageBand.low, reason: "coverageBelowBand" };
  if (coverage > coverageBand.high) return { dimension: "coverage", status: "good", figure: coverage, threshold: coverageBand.high, reason: "coverageAboveBand" };
  return { dimension: "coverage", status: "good", figure: coverage, threshold: coverageBand.low, reason: "coverageInBand" };
}

function rateConversion({ shape }: HealthInputs): DimensionHealth {
  if (shape === null) return { dimension: "conversion", status: null, figure: null, threshold: null, reason: "noShape" };
  return { dimension: "conversion", status: SHAPE_STATUS[shape], figure: null, threshold: null, reason: `shape.${shape}` };
}

function rateMovement({ stalledShare, inactiveShare }: HealthInputs): DimensionHealth {
  const shares = [stalledShare, inactiveShare].filter((share): share is number => share !== null);
  if (shares.length === 0) return { dimension: "movement", status: null, figure: null, threshold: null, reason: "noMovement" };
  const worst = Math.max(...shares);
  const { watch, risk } = HEALTH_THRESHOLDS.movement;
  if (worst >= risk) return { dimension: "movement", status: "risk", figure: worst, threshold: risk, reason: "movementStuck" };
  if (worst >= watch) return { dimension: "movement", status: "watch", figure: worst, threshold: watch, reason: "movementSlowing" };
  return { dimension: "movement", status: "good", figure: worst, threshold: watch, reason: "movementMoving" };
}

function rateConcentration({ concentration, concentrationLimits }: HealthInputs): DimensionHealth {
  if (concentration === null || concentration.largestShare === null) {
    return { dimension: "concentration", status: null, figure: null, threshold: null, reason: "noOpenDeals" };
  }
  const { largestShare } = concentration;
  if (concentration.atRisk) {
    return { dimension: "concentration", status: "risk", figure: largestShare, threshold: concentrationLimits.largestShare, reason: "concentrated" };
  }
  const watchShare = concentrationLimits.largestShare * HEALTH_THRESHOLDS.concentrationWatchShare;
  if (largestShare > watchShare) {
    return { dimension: "concentration", status: "watch", figure: largestShare, threshold: watchShare, reason: "nearlyConcentrated" };
  }
  return { dimension: "concentration", status: "good", figure: largestShare, threshold: watchShare, reason: "spread" };
}

function rateDataQuality({ cleanShare }: HealthInputs): DimensionHealth {
  if (cleanShare === null) return { dimension: "dataQuality", status: null, figure: null, threshold: null, reason: "noOpenDeals" };
  const { watch, risk } = HEALTH_THRESHOLDS.dataQuality;
  if (cleanShare < risk) return { dimension: "dataQuality", status: "risk", figure: cleanShare, threshold: risk, reason: "dataPoor" };
  if (cleanShare < watch) return { dimension: "dataQuality", status: "watch", figure: cleanShare, threshold: watch, reason: "dataFair" };
  return { dimension: "dataQuality", status: "good", figure: cleanShare, threshold: watch, reason: "dataClean" };
}

function ratePace({ pace }: HealthInputs): DimensionHealth {
  if (pace === null) return { dimension: "pace", status: null, figure: null, threshold: null, reason: "noPlan" };
  const { watch, risk } = HEALTH_THRESHOLDS.pace;
  if (pace < risk) return { dimension: "pace", status: "risk", figure: pace, threshold: risk, reason: "paceBehind" };
  if (pace < watch) return { dimension: "pace", status: "watch", figure: pace, threshold: watch, reason: "paceSlightlyBehind" };
  return { dimension: "pace", status: "good", figure: pace, threshold: watch, reason: "paceOnTrack" };
}
