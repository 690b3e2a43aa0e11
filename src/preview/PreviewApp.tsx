/**
 * The preview page: a toolbar to open a workbook file, the read-only grid, and the same
 * task pane that runs in Excel, side by side.
 */
import { Button, Caption1, FluentProvider, makeStyles, MessageBar, MessageBarBody, Spinner, Subtitle1, tokens, webLightTheme } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { SheetGrid } from "./SheetGrid";
import { usePreviewWorkbook } from "./usePreviewWorkbook";
import { translator, type Language } from "../i18n";
import { PipelinePane } from "../taskpane/PipelinePane";

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateRows: "auto 1fr", height: "100%" },
  toolbar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    flexWrap: "wrap",
  },
  fileName: { fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground3, flex: 1 },
  body: { display: "grid", gridTemplateColumns: "1fr 380px", minHeight: 0 },
  pane: { borderLeft: `1px solid ${tokens.colorNeutralStroke2}`, overflow: "auto" },
  grid: { minWidth: 0, minHeight: 0, display: "flex", flexDirection: "column" },
});

export interface PreviewAppProps {
  initialLanguage: Language;
  locale: string;
  initialAsOf?: string;
  demoUrl: string;
}

export function PreviewApp(props: PreviewAppProps) {
  const styles = useStyles();
  const [language, setLanguage] = useState<Language>(props.initialLanguage);
  const t = translator(language);
  const state = usePreviewWorkbook(props.demoUrl);
  const [selectedSheet, setSelectedSheet] = useState("");
  const input = useRef<HTMLInputElement>(null);

  const sheets = state.workbook ? state.workbook.snapshot().sheets : [];
  const problem = state.problem;

  return (
    <FluentProvider theme={webLightTheme} lang={language} style={{ height: "100%" }}>
      <div className={styles.root}>
        <header className={styles.toolbar}>
          <Subtitle1 as="h1">{t("preview.title")}</Subtitle1>
          <Button appearance="primary" onClick={() => input.current?.click()}>
            {t("pane.open")}
          </Button>
          <input
            ref={input}
            type="file"
            accept=".xlsx,.xlsm,.csv"
            hidden
            data-testid="open-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void state.openFile(file).then(() => setSelectedSheet(""));
              event.target.value = "";
            }}
          />
          {state.workbook && (
            <span>
              {t("pane.file")}
              {t("punctuation.colon")}
              <span className={styles.fileName} data-testid="file-name">{state.workbook.title}</span>
            </span>
          )}
          <Caption1 className={styles.note}>{t("pane.openHint")} · {t("pane.previewNote")}</Caption1>
        </header>
        <div className={styles.body}>
          <div className={styles.grid}>
            {problem && (
              <MessageBar intent="error">
                <MessageBarBody>
                  {problem.kind === "demoMissing"
                    ? t("preview.demoMissing")
                    : problem.kind === "unsupported"
                      ? t("preview.unsupported", { name: problem.name })
                      : t("preview.openFailed", { name: problem.name, reason: t(`file.${problem.reason}`) })}
                </MessageBarBody>
              </MessageBar>
            )}
            {state.opening && <Spinner label={t("pane.reading", { title: "" })} />}
            {sheets.length > 0 && <SheetGrid key={state.version} sheets={sheets} selected={selectedSheet} onSelect={setSelectedSheet} t={t} />}
          </div>
          <aside className={styles.pane}>
            {state.port && (
              <PipelinePane
                port={state.port}
                language={language}
                onLanguageChange={setLanguage}
                locale={props.locale}
                initialAsOf={props.initialAsOf}
              />
            )}
          </aside>
        </div>
      </div>
    </FluentProvider>
  );
}
