/**
 * Entry of the Excel task pane. In the shared runtime this page also hosts the custom
 * functions, so it must not fail when the pane is closed and only functions run.
 */
import { createRoot } from "react-dom/client";
import { PaneApp } from "./PaneApp";
import { languageFor } from "../i18n";
import { ExcelWorkbook } from "../workbook/excel/excel-workbook";

Office.onReady((info) => {
  const root = document.getElementById("root");
  if (!root || info.host !== Office.HostType.Excel) return;
  const language = languageFor(Office.context.displayLanguage);
  // Office's content language is the workbook's editing locale, which decides how dates like 03/05/2026 read.
  const locale = Office.context.contentLanguage || Office.context.displayLanguage || "en-US";
  const port = new ExcelWorkbook({ title: document.title });
  createRoot(root).render(<PaneApp port={port} initialLanguage={language} locale={locale} />);
});
