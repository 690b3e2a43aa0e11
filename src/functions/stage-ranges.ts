/**
 * Stage arguments of WINRATE and CONVERSION, read as the deals reader reads a stage column.
 * The stage list is the built-in one whose names cover most of the range. Each name's kind
 * (open, won, lost, deferred) follows from that list.
 */
import { chooseStagePreset, indexWithFallbacks, pipelineSteps, stageKindOf, type PipelineSteps } from "../engine/read/stages";
import { memoizeByText } from "../engine/text";
import type { DealKind } from "../engine/types";
import { cellText } from "../engine/read/values";
import type { CellValue } from "../engine/types";
import { ArgumentProblem, readScalar, readTexts } from "./coerce";

export interface StageRange {
  /** Stage name of each cell in row-major order; "" for a blank cell. */
  stages: string[];
  rowCount: number;
  columnCount: number;
  steps: PipelineSteps;
  kindOf: (stage: string) => DealKind;
  /** Names of the steps (open stages, then won) for messages: English, and Chinese where the list has a Chinese alias. */
  stepNames: { english: string[]; chinese: string[] };
}

/** Matches text that contains a Chinese character. */
const CHINESE = /[\u4e00-\u9fff]/;

/**
 * Reads a range of stage names with the stage list they match.
 *
 * @example readStageRange("stages", [["Prospecting"], ["Closed Won"]]).steps.open[0] // "Prospecting" (the Salesforce list)
 */
export function readStageRange(argument: string, range: unknown): StageRange {
  const { texts, rowCount, columnCount } = readTexts(argument, range);
  const preset = chooseStagePreset(texts);
  const index = indexWithFallbacks(preset);
  const stepStages = [...preset.stages.filter((stage) => stage.kind === "open"), ...preset.stages.filter((stage) => stage.kind === "won").slice(0, 1)];
  const steps = pipelineSteps(preset);
  const english = stepStages.map((stage) => stage.name);
  const chinese = stepStages.map((stage) => stage.aliases?.find((alias) => CHINESE.test(alias)) ?? stage.name);
  // A list without a won stage still ends with won, as its steps do.
  if (english.length === steps.open.length) {
    english.push(steps.wonName);
    chinese.push(steps.wonName);
  }
  return {
    stages: texts,
    rowCount,
    columnCount,
    steps,
    kindOf: memoizeByText((stage) => stageKindOf(stage, index)),
    stepNames: { english, chinese },
  };
}

/**
 * Reads a stage name argument as a step of the pipeline: the 0-based position of an open
 * stage, or the number of open stages for won. Throws "unknownStage" (#N/A) for any other
 * name, with the pipeline's stages in the message.
 *
 * @example readStep("to_stage", "赢单", range) // range.steps.open.length
 */
export function readStep(argument: string, value: unknown, range: StageRange): number {
  const { steps, stepNames } = range;
  const { plain } = readScalar(argument, value);
  const name = plain === null ? "" : cellText(plain as CellValue);
  const position = name === "" ? null : steps.positionOf(name);
  if (position !== null) return position;
  if (name !== "" && steps.isWon(name)) return steps.open.length;
  throw new ArgumentProblem("unknownStage", {
    argument,
    value: name,
    params: { stages: stepNames.english.join(", "), stagesChinese: stepNames.chinese.join("、") },
  });
}
