/**
 * The task pane with its theme and language. Shared by Excel and the preview: only the
 * Workbook port differs.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import { PipelinePane } from "./PipelinePane";
import type { Language } from "../i18n";
import type { WorkbookPort } from "../workbook/port";

export interface PaneAppProps {
  port: WorkbookPort;
  initialLanguage: Language;
  locale: string;
  initialAsOf?: string;
}

export function PaneApp(props: PaneAppProps) {
  const [language, setLanguage] = useState<Language>(props.initialLanguage);
  return (
    <FluentProvider theme={webLightTheme} lang={language} style={{ height: "100%" }}>
      <PipelinePane port={props.port} language={language} onLanguageChange={setLanguage} locale={props.locale} initialAsOf={props.initialAsOf} />
    </FluentProvider>
  );
}
