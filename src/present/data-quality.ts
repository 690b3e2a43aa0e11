/**
 * The data-quality summary as labelled rows, shared by the task pane, the Data Quality sheet
 * and the command line's table so that all three show the same thing.
 */
import { FAR_FROM_DEFAULT } from "../engine/metrics/data-quality";
import type { HealthReport } from "../engine/report";
import { formatAmount, translator, type Language } from "../i18n";

export type DataQualityRowId = "cleanShare" | "pastDue" | "duplicateIds" | "unknownStages" | "missingOwner" | "probabilityFar" | "fill";

export interface DataQualityRow {
  id: DataQualityRowId;
  label: string;
  /** The value as the language writes it. */
  display: string;
}

/** Unknown stage names shown in the summary. The Data Quality sheet lists every one. */
const STAGE_NAMES_SHOWN = 5;

/**
 * Formats a share 0..1 as a percent with one decimal, matching the sheet's "0.0%" format.
 *
 * @example formatShare("en-US", 5 / 14) // "35.7%"
 */
export function formatShare(language: Language, share: number): string {
  return new Intl.NumberFormat(language, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);
}

/** Lists the data-quality figures of a report with labels and formatted values in one language. */
export function dataQualitySummary(report: HealthReport, language: Language): DataQualityRow[] {
  const t = translator(language);
  const quality = report.dataQuality;
  const count = (value: number) => formatAmount(language, value);
  const separator = t("dataQuality.listSeparator");

  const cleanShare =
    quality.cleanShare === null
      ? t("dataQuality.noOpenDeals")
      : t("dataQuality.cleanShareValue", { share: formatShare(language, quality.cleanShare), clean: count(quality.cleanOpenDeals), open: count(quality.openDeals) });

  const { pastDue } = quality;
  const leftOut: string[] = [];
  if (pastDue.amountMissing > 0) leftOut.push(t("dataQuality.pastDueAmountMissing", { count: count(pastDue.amountMissing) }));
  if (pastDue.otherCurrency > 0) leftOut.push(t("dataQuality.pastDueOtherCurrency", { count: count(pastDue.otherCurrency) }));
  const pastDueParams = { count: count(pastDue.count), amount: formatAmount(language, pastDue.amount), notes: leftOut.join(separator) };
  const pastDueDisplay = leftOut.length > 0 ? t("dataQuality.pastDueLeftOut", pastDueParams) : t("dataQuality.pastDueValue", pastDueParams);

  const { names } = quality.unknownStages;
  const shownNames = names.slice(0, STAGE_NAMES_SHOWN).join(separator) + (names.length > STAGE_NAMES_SHOWN ? `${separator}…` : "");
  const unknownStages = names.length === 0 ? count(0) : t("dataQuality.unknownStagesValue", { count: count(quality.unknownStages.count), names: shownNames });

  const missingOwner = quality.missingOwner.count === null ? t("dataQuality.ownerNotMapped") : count(quality.missingOwner.count);

  const partlyFilled = quality.fields
    .filter((field) => field.share !== null && field.share < 1)
    .map((field) => `${field.header || field.column} ${formatShare(language, field.share!)}`);
  const fill = partlyFilled.length === 0 ? t("dataQuality.fillNone") : partlyFilled.join(separator);

  return [
    { id: "cleanShare", label: t("dataQuality.cleanShare"), display: cleanShare },
    { id: "pastDue", label: t("dataQuality.pastDue"), display: pastDueDisplay },
    { id: "duplicateIds", label: t("dataQuality.duplicateIds"), display: count(quality.duplicateIds) },
    { id: "unknownStages", label: t("dataQuality.unknownStages"), display: unknownStages },
    { id: "missingOwner", label: t("dataQuality.missingOwner"), display: missingOwner },
    {
      id: "probabilityFar",
      label: t("dataQuality.probabilityFar", { points: Math.round(FAR_FROM_DEFAULT * 100) }),
      display: count(quality.probabilityFarFromDefault),
    },
    { id: "fill", label: t("dataQuality.fill"), display: fill },
  ];
}

/**
 * Formats the data-quality summary as one "label: value" line per figure.
 *
 * @example dataQualityLines(report, "en-US")[0] // "Clean open deals: 35.7% (5 of 14)"
 */
export function dataQualityLines(report: HealthReport, language: Language): string[] {
  const colon = translator(language)("punctuation.colon");
  return dataQualitySummary(report, language).map((row) => `${row.label}${colon}${row.display}`);
}
