/**
 * The column mapping: which header of the deals table feeds each deal field. The user can
 * correct a guess; the choice is saved in the workbook by the pane's state hook.
 */
import { Caption1, makeStyles, Select, tokens } from "@fluentui/react-components";
import type { DealField } from "../engine/types";
import type { Translator } from "../i18n";

/** Fields offered for mapping, in the order a sales manager reads a deal. */
export const MAPPABLE_FIELDS: readonly DealField[] = [
  "id",
  "name",
  "account",
  "owner",
  "stage",
  "status",
  "amount",
  "probability",
  "created",
  "close",
  "actualClose",
  "lastActivity",
  "stageEntered",
  "pushCount",
  "nextStep",
  "isWon",
  "isClosed",
];

export interface DealsPlaceOption {
  /** Key of the option: "sheet" or "sheet\u0000table". */
  key: string;
  label: string;
}

export interface ColumnMappingSectionProps {
  /** Sheets and tables the deals can be read from, and the current one. */
  places: DealsPlaceOption[];
  placeKey: string;
  onPlaceChange: (key: string) => void;
  /** Header text currently mapped to each field. */
  mapped: Partial<Record<DealField, string>>;
  /** Every header of the deals table, in column order. */
  headers: string[];
  onChange: (field: DealField, header: string) => void;
  t: Translator;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "grid", gridTemplateColumns: "minmax(8em, 1fr) 1.4fr", alignItems: "center", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

export function ColumnMappingSection({ places, placeKey, onPlaceChange, mapped, headers, onChange, t }: ColumnMappingSectionProps) {
  const styles = useStyles();
  const options = headers.filter((header, index) => header !== "" && headers.indexOf(header) === index);
  return (
    <section className={styles.root} aria-label={t("mapping.title")}>
      <Caption1 className={styles.hint}>{t("mapping.hint")}</Caption1>
      <label className={styles.row}>
        <Caption1>{t("mapping.place")}</Caption1>
        <Select size="small" value={placeKey} onChange={(_, data) => onPlaceChange(data.value)} aria-label={t("mapping.place")}>
          <option value="">{t("mapping.bestPlace")}</option>
          {places.map((place) => (
            <option key={place.key} value={place.key}>
              {place.label}
            </option>
          ))}
        </Select>
      </label>
      {MAPPABLE_FIELDS.map((field) => (
        <label key={field} className={styles.row}>
          <Caption1>{t(`field.${field}`)}</Caption1>
          <Select size="small" value={mapped[field] ?? ""} onChange={(_, data) => onChange(field, data.value)} aria-label={t(`field.${field}`)}>
            <option value="">{t("mapping.none")}</option>
            {options.map((header) => (
              <option key={header} value={header}>
                {header}
              </option>
            ))}
          </Select>
        </label>
      ))}
    </section>
  );
}
