/**
 * Entry of the preview: the task pane beside a read-only grid of a workbook file, in any
 * browser and without Excel. It opens on the demo workbook.
 */
import { createRoot } from "react-dom/client";
import { PreviewApp } from "./PreviewApp";
import { languageFor } from "../i18n";

const root = document.getElementById("root");
if (root) {
  const params = new URLSearchParams(window.location.search);
  const language = languageFor(params.get("lang") ?? navigator.language);
  const locale = params.get("locale") ?? navigator.language ?? "en-US";
  createRoot(root).render(
    <PreviewApp initialLanguage={language} locale={locale} initialAsOf={params.get("asOf") ?? undefined} demoUrl="assets/demo-pipeline.xlsx" />,
  );
}
