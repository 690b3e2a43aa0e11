/**
 * The weekly-review section of the task pane: the top deals with the columns that fit a
 * narrow pane, then stage conversion and attainment to date in collapsed panels. The report
 * sheet keeps the full tables. It renders state only, and the text comes from src/present.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  mergeClasses,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { useId, useMemo } from "react";
import { useReviewSectionStyles } from "./ReviewSection.styles";
import type { HealthReport } from "../engine/report";
import { translator, type Language, type MessageKey } from "../i18n";
import { conversionTable, periodToDateTable, reviewCellText, shapeLine, topDealsTable, type ReviewTable } from "../present/review";

export interface ReviewSectionProps {
  report: HealthReport;
  language: Language;
}

export interface PaneColumn {
  label: string;
  /** True for amounts, counts, shares and ratios, which align right. */
  numeric: boolean;
  /** True for free text such as a deal name or an owner's user id, which is cut to a maximum width with an ellipsis and shown in full on hover. */
  truncated: boolean;
}

/** A review table with every cell as text, ready to render. */
export interface PaneTable {
  title: string;
  columns: PaneColumn[];
  rows: string[][];
}

export interface ReviewSectionState {
  topDeals: PaneTable;
  /** Shown in place of the top deals when no open deal can be ranked. */
  noDeals: string;
  shape: string;
  conversion: PaneTable;
  periodToDate: PaneTable;
}

/**
 * Columns of the top deals that fit the pane, by the catalog key of their header. The name
 * column falls back to the deal id when the name is blank.
 */
const PANE_TOP_DEAL_COLUMNS: readonly MessageKey[] = ["review.rank", "field.name", "field.owner", "field.stage", "review.weighted", "field.close", "review.flags"];

const NUMERIC_TEXT = /^[-−+]?\d[\d.,\s]*[%×]?$/;

/** Derives the section's tables from the report, again only when the report or language changes. */
export function useReviewSection({ report, language }: ReviewSectionProps): ReviewSectionState {
  return useMemo(() => {
    const t = translator(language);
    return {
      topDeals: paneTable(t("review.title"), paneTopDeals(topDealsTable(report, language), language), language, [t("field.name"), t("field.owner"), t("field.stage")]),
      noDeals: t("review.none"),
      shape: shapeLine(report, language),
      conversion: paneTable(t("conversion.title"), conversionTable(report, language), language),
      periodToDate: paneTable(t("ptd.title"), periodToDateTable(report, language), language),
    };
  }, [report, language]);
}

/** Keeps the top-deal columns that fit the pane, with the id in place of a blank name. */
function paneTopDeals(full: ReviewTable, language: Language): ReviewTable {
  const t = translator(language);
  const idColumn = full.headers.indexOf(t("field.id"));
  const nameColumn = full.headers.indexOf(t("field.name"));
  // Headers are matched by text so that the pane follows any reordering of the sheet's columns.
  const keptColumns = PANE_TOP_DEAL_COLUMNS.map((key) => full.headers.indexOf(t(key))).filter((index) => index >= 0);

  const cellAt = (row: ReviewTable["rows"][number], index: number) => {
    if (index === nameColumn && !row[index] && idColumn >= 0) return row[idColumn];
    return row[index];
  };
  return {
    headers: keptColumns.map((index) => full.headers[index]),
    rows: full.rows.map((row) => keptColumns.map((index) => cellAt(row, index))),
  };
}

function paneTable(title: string, table: ReviewTable, language: Language, truncatedHeaders: readonly string[] = []): PaneTable {
  return {
    title,
    columns: table.headers.map((label, index) => ({
      label,
      numeric: isNumericColumn(table.rows.map((row) => row[index])),
      truncated: truncatedHeaders.includes(label),
    })),
    rows: table.rows.map((row) => row.map((cell) => reviewCellText(cell, language))),
  };
}

/** Returns true when a column has at least one number and every other cell is a number, a formatted share or ratio, or blank. */
function isNumericColumn(cells: ReviewTable["rows"][number]): boolean {
  const blank = (cell: string | number | null) => cell === null || cell === "" || cell === "—";
  const numeric = (cell: string | number | null) => typeof cell === "number" || (typeof cell === "string" && NUMERIC_TEXT.test(cell));
  return cells.some(numeric) && cells.every((cell) => blank(cell) || numeric(cell));
}

export function ReviewSection(props: ReviewSectionProps) {
  const state = useReviewSection(props);
  const styles = useReviewSectionStyles();
  const headingId = useId();

  return (
    <section aria-labelledby={headingId} className={styles.root} data-testid="review">
      <Subtitle2 as="h2" id={headingId}>
        {state.topDeals.title}
      </Subtitle2>
      {state.topDeals.rows.length > 0 ? (
        <PaneTableView table={state.topDeals} testId="top-deals" />
      ) : (
        <Body1 className={styles.note}>{state.noDeals}</Body1>
      )}

      <Accordion collapsible multiple>
        <AccordionItem value="conversion">
          <AccordionHeader size="small">{state.conversion.title}</AccordionHeader>
          <AccordionPanel className={styles.part}>
            <Body1 className={styles.note}>{state.shape}</Body1>
            {state.conversion.rows.length > 0 && <PaneTableView table={state.conversion} testId="conversion" />}
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="periodToDate">
          <AccordionHeader size="small">{state.periodToDate.title}</AccordionHeader>
          <AccordionPanel>
            <PaneTableView table={state.periodToDate} testId="period-to-date" />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}

function PaneTableView({ table, testId }: { table: PaneTable; testId: string }) {
  const styles = useReviewSectionStyles();
  const headerClasses = table.columns.map((column) => (column.numeric ? styles.headerNumeric : undefined));
  const cellClasses = table.columns.map((column) => (column.numeric ? mergeClasses(styles.cell, styles.numeric) : styles.cell));
  const truncated = table.columns.map((column) => column.truncated);

  return (
    <div className={styles.scroll} role="region" aria-label={table.title} tabIndex={0}>
      <Table size="extra-small" aria-label={table.title} className={styles.table} data-testid={testId}>
        <TableHeader>
          <TableRow>
            {table.columns.map((column, columnIndex) => (
              <TableHeaderCell key={column.label} className={styles.cell} button={{ className: headerClasses[columnIndex] }}>
                {column.label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.rows.map((row, rowIndex) => (
            <TableRow key={rowIndex}>
              {row.map((cell, columnIndex) => (
                <TableCell key={columnIndex} className={cellClasses[columnIndex]}>
                  {truncated[columnIndex] ? (
                    <span className={styles.truncated} title={cell}>
                      {cell}
                    </span>
                  ) : (
                    cell
                  )}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
