/**
 * Stage lists: the built-in default, the default pipelines of common CRMs, and how a deal's
 * kind (open, won, lost, deferred) follows from its stage name or a status column.
 */
import { memoizeByText } from "../text";
import type { DealKind } from "../types";

export interface StageDefinition {
  name: string;
  /** Other names of the same stage, such as the Chinese or the CRM's internal name. */
  aliases?: string[];
  kind: DealKind;
  /**
   * Default probability as a fraction 0..1. Closed stages use 1 (won) and 0 (lost), and an
   * open stage of the workbook's stage table without a probability has NaN.
   */
  probability: number;
  /** Days a deal may stay in the stage before it counts as stalled. */
  stallDays: number;
}

export interface StagePreset {
  id: string;
  stages: StageDefinition[];
}

/** Days an open deal may stay in a stage before it counts as stalled, unless its stage list sets another limit. */
export const DEFAULT_STALL_DAYS = 30;

function open(name: string, probability: number, aliases: string[] = []): StageDefinition {
  return { name, aliases, kind: "open", probability, stallDays: DEFAULT_STALL_DAYS };
}
function closed(name: string, kind: "won" | "lost" | "deferred", aliases: string[] = []): StageDefinition {
  const probability = kind === "won" ? 1 : 0;
  return { name, aliases, kind, probability, stallDays: DEFAULT_STALL_DAYS };
}

/**
 * The product's own default pipeline, in Chinese and English. The aliases are stage names
 * that hand-kept workbooks and Chinese CRMs use for the same step (立项 is the internal
 * approval to pursue a deal, 签约跟进 the follow-up to signature). Names that a CRM preset
 * already defines are left to that preset.
 */
export const DEFAULT_STAGES: StagePreset = {
  id: "default",
  stages: [
    open("Lead", 0.1, ["线索", "潜在客户", "初步接触", "New Lead", "Prospect"]),
    open("Qualified", 0.2, ["资格确认", "立项", "意向", "初步沟通", "Qualifying"]),
    open("Discovery", 0.4, ["需求分析", "需求确认", "方案设计", "演示", "Engaging", "Demo"]),
    open("Proposal", 0.6, ["方案报价", "报价", "商务报价", "投标", "Proposal/Quote", "Proposing", "Quote"]),
    open("Negotiation", 0.8, ["谈判", "商务谈判", "合同谈判", "签约跟进", "Negotiating", "Contract"]),
    closed("Closed Won", "won", ["赢单"]),
    closed("Closed Lost", "lost", ["输单"]),
    closed("Deferred", "deferred", ["延期"]),
  ],
};

/** Default pipelines of common CRMs, with the probabilities each ships with. */
export const CRM_PRESETS: StagePreset[] = [
  {
    // Salesforce's standard Opportunity stage picklist.
    id: "salesforce",
    stages: [
      open("Prospecting", 0.1),
      open("Qualification", 0.1),
      open("Needs Analysis", 0.2),
      open("Value Proposition", 0.5),
      open("Id. Decision Makers", 0.6),
      open("Perception Analysis", 0.7),
      open("Proposal/Price Quote", 0.75),
      open("Negotiation/Review", 0.9),
      closed("Closed Won", "won"),
      closed("Closed Lost", "lost"),
    ],
  },
  {
    // HubSpot's default sales pipeline: display names with internal names as aliases.
    id: "hubspot",
    stages: [
      open("Appointment Scheduled", 0.2, ["appointmentscheduled"]),
      open("Qualified To Buy", 0.4, ["qualifiedtobuy"]),
      open("Presentation Scheduled", 0.6, ["presentationscheduled"]),
      open("Decision Maker Bought-In", 0.8, ["decisionmakerboughtin"]),
      open("Contract Sent", 0.9, ["contractsent"]),
      closed("Closed Won", "won", ["closedwon"]),
      closed("Closed Lost", "lost", ["closedlost"]),
    ],
  },
  {
    // Pipedrive's default pipeline; Pipedrive keeps won/lost in a status column.
    id: "pipedrive",
    stages: [
      open("Qualified", 0.1),
      open("Contact Made", 0.2),
      open("Demo Scheduled", 0.4),
      open("Proposal Made", 0.6),
      open("Negotiations Started", 0.8),
    ],
  },
  {
    // Dynamics 365 Sales business process flow stages (Pipeline Phase / Sales Stage).
    id: "dynamics365",
    stages: [
      open("Qualify", 0.2, ["1-Qualify"]),
      open("Develop", 0.4, ["2-Develop"]),
      open("Propose", 0.6, ["3-Propose"]),
      open("Close", 0.8, ["4-Close"]),
    ],
  },
  {
    // Odoo CRM's default stages.
    id: "odoo",
    stages: [open("New", 0.1), open("Qualified", 0.3), open("Proposition", 0.6), closed("Won", "won")],
  },
];

// 已完成 ("completed") closes a deal as won in Chinese templates that have no separate won stage.
const WON_NAMES = ["closed won", "won", "closedwon", "赢单", "成交", "已成交", "已赢单", "签约", "已签约", "已完成"];
const LOST_NAMES = ["closed lost", "lost", "closedlost", "输单", "丢单", "失败", "已输单", "已丢单", "canceled", "cancelled", "out-sold"];
const DEFERRED_NAMES = ["deferred", "on hold", "onhold", "paused", "延期", "搁置", "暂缓", "已搁置", "暂停"];
const OPEN_STATUS_NAMES = ["open", "in progress", "进行中", "跟进中", "active"];

export function normalizeStageName(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, " ");
}

/**
 * Returns the kind a stage or status name implies by itself, or null for an ordinary open
 * stage name.
 *
 * @example kindFromName("已成交") // "won"
 * @example kindFromName("On Hold") // "deferred"
 */
export function kindFromName(name: string): DealKind | null {
  const key = normalizeStageName(name);
  if (WON_NAMES.includes(key)) return "won";
  if (LOST_NAMES.includes(key)) return "lost";
  if (DEFERRED_NAMES.includes(key)) return "deferred";
  return null;
}

/** Returns the kind a status column value (Won, Lost, Open, 进行中, …) implies; null when unknown. */
export function kindFromStatus(status: string): DealKind | null {
  const named = kindFromName(status);
  if (named) return named;
  return OPEN_STATUS_NAMES.includes(normalizeStageName(status)) ? "open" : null;
}

/** A lookup from stage names (and aliases) to definitions. */
export type StageIndex = Map<string, StageDefinition>;

export function indexStages(stages: StageDefinition[]): StageIndex {
  const index: StageIndex = new Map();
  for (const stage of stages) {
    index.set(normalizeStageName(stage.name), stage);
    for (const alias of stage.aliases ?? []) index.set(normalizeStageName(alias), stage);
  }
  return index;
}

/**
 * Indexes the chosen preset first, then every other built-in list for names it lacks, so
 * that a table mixing the default stages with a CRM's keeps each stage's probability.
 */
export function indexWithFallbacks(chosen: StagePreset): StageIndex {
  const index = indexStages(chosen.stages);
  for (const preset of [DEFAULT_STAGES, ...CRM_PRESETS]) {
    if (preset === chosen) continue;
    for (const [name, stage] of indexStages(preset.stages)) if (!index.has(name)) index.set(name, stage);
  }
  return index;
}

/**
 * Picks the stage list whose names cover most of the stage names met in the table. The
 * default list wins ties, so it is used when no preset matches any name.
 */
export function chooseStagePreset(stageNames: Iterable<string>): StagePreset {
  // Each distinct text is normalised once, because a table repeats a handful of stage names.
  const distinct = new Set<string>();
  for (const name of new Set(stageNames)) if (name.trim() !== "") distinct.add(normalizeStageName(name));

  let best = DEFAULT_STAGES;
  let bestScore = countMatches(indexStages(DEFAULT_STAGES.stages), distinct);
  for (const preset of CRM_PRESETS) {
    const score = countMatches(indexStages(preset.stages), distinct);
    if (score > bestScore) {
      best = preset;
      bestScore = score;
    }
  }
  return best;
}

function countMatches(index: StageIndex, names: Set<string>): number {
  let count = 0;
  for (const name of names) if (index.has(name) && kindFromName(name) === null) count++;
  return count;
}

/** Name of the last step when the stage list has no won stage (Pipedrive keeps won in a status column). */
const WON_FALLBACK_NAME = "Won";

/** The steps of a pipeline: its open stages in order, then won. */
export interface PipelineSteps {
  /** Names of the open stages in pipeline order. */
  open: string[];
  /** The won stage's name, or "Won" when the list has none. */
  wonName: string;
  /** 0-based position of a stage name or alias among the open stages, or null when it is not an open stage. */
  positionOf: (stage: string) => number | null;
  /** True when a name is the won stage of the list or a name that means won. */
  isWon: (stage: string) => boolean;
}

/**
 * Builds the steps of a stage list, for measures that place a deal along the pipeline (stage
 * conversion, the opportunity-to-win ratio). Names and aliases match case- and
 * space-insensitively, and each distinct text is normalised once.
 *
 * @example pipelineSteps(DEFAULT_STAGES).positionOf("需求分析") // 2
 */
export function pipelineSteps(preset: StagePreset): PipelineSteps {
  const positions = new Map<string, number>();
  const wonNames = new Set<string>();
  const open: string[] = [];
  for (const stage of preset.stages) {
    const names = [stage.name, ...(stage.aliases ?? [])].map(normalizeStageName);
    if (stage.kind === "won") names.forEach((name) => wonNames.add(name));
    if (stage.kind !== "open") continue;
    names.forEach((name) => {
      if (!positions.has(name)) positions.set(name, open.length);
    });
    open.push(stage.name);
  }
  const wonName = preset.stages.find((stage) => stage.kind === "won")?.name ?? WON_FALLBACK_NAME;
  return {
    open,
    wonName,
    positionOf: memoizeByText((stage) => positions.get(normalizeStageName(stage)) ?? null),
    isWon: memoizeByText((stage) => wonNames.has(normalizeStageName(stage)) || kindFromName(stage) === "won"),
  };
}

/**
 * Returns the kind of a deal known by its stage name alone: the kind the name implies by
 * itself (Closed Won, 输单), else the stage's kind in the index, else open, because an unknown
 * stage counts as open.
 *
 * @example stageKindOf("谈判", indexWithFallbacks(DEFAULT_STAGES)) // "open"
 */
export function stageKindOf(stage: string, index: StageIndex): DealKind {
  return kindFromName(stage) ?? index.get(normalizeStageName(stage))?.kind ?? "open";
}
