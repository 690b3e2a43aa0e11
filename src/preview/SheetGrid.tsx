/**
 * A read-only grid of one sheet, drawn like Excel: column letters, row numbers, sheet tabs.
 */
import { Caption1, makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { columnLetter } from "../engine/read/headers";
import { cellText } from "../engine/read/values";
import type { SheetGrid as SheetGridData } from "../engine/types";
import type { Translator } from "../i18n";

/** Rows drawn at most; a browser table of 10,000 rows is slow and a preview needs far fewer. */
const MAX_ROWS = 500;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, height: "100%" },
  scroller: { overflow: "auto", flex: 1, backgroundColor: tokens.colorNeutralBackground1, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  corner: { position: "sticky", top: 0, left: 0, zIndex: 2, backgroundColor: tokens.colorNeutralBackground3 },
  columnHeader: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
  },
  rowHeader: {
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "right",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
    color: tokens.colorNeutralForeground3,
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "2px 6px",
    whiteSpace: "nowrap",
    maxWidth: "240px",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  footer: { padding: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
});

export interface SheetGridProps {
  sheets: SheetGridData[];
  selected: string;
  onSelect: (name: string) => void;
  t: Translator;
}

function display(value: unknown): string {
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
  return cellText(value as Parameters<typeof cellText>[0]);
}

export function SheetGrid({ sheets, selected, onSelect, t }: SheetGridProps) {
  const styles = useStyles();
  const sheet = sheets.find((candidate) => candidate.name === selected) ?? sheets[0];
  if (!sheet) return null;
  const shownRows = sheet.rows.slice(0, MAX_ROWS);
  const columnCount = shownRows.reduce((max, row) => Math.max(max, row.length), 0);

  return (
    <section className={styles.root} aria-label={t("preview.readOnly")}>
      <TabList selectedValue={sheet.name} onTabSelect={(_, data) => onSelect(String(data.value))} aria-label={t("preview.sheets")} size="small">
        {sheets.map((candidate) => (
          <Tab key={candidate.name} value={candidate.name}>
            {candidate.name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.scroller}>
        <table className={styles.table} aria-readonly="true">
          <thead>
            <tr>
              <th className={styles.corner} />
              {Array.from({ length: columnCount }, (_, index) => (
                <th key={index} scope="col" className={styles.columnHeader}>
                  {columnLetter(sheet.firstColumn + index)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shownRows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                <th scope="row" className={styles.rowHeader}>
                  {sheet.firstRow + rowIndex}
                </th>
                {Array.from({ length: columnCount }, (_, columnIndex) => {
                  const value = row[columnIndex];
                  const text = display(value);
                  return (
                    <td key={columnIndex} className={typeof value === "number" ? `${styles.cell} ${styles.number}` : styles.cell} title={text}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sheet.rows.length > MAX_ROWS && (
        <Caption1 className={styles.footer}>{t("preview.rowsShown", { shown: MAX_ROWS, total: sheet.rows.length })}</Caption1>
      )}
    </section>
  );
}
