/**
 * State of the preview: which workbook file is open, and a version number that changes
 * whenever the task pane writes a sheet into it, so the grid redraws.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ReportSheetContent } from "../present/report-sheet";
import { FileWorkbook } from "../workbook/file/file-workbook";
import { FileReadError, fileKind, readWorkbookFile, type FileReadProblem } from "../workbook/file/read-file";
import type { WorkbookPort } from "../workbook/port";

export type PreviewProblem =
  | { kind: "unsupported"; name: string }
  | { kind: "openFailed"; name: string; reason: FileReadProblem | "unknown" }
  | { kind: "demoMissing" };

export interface PreviewWorkbookState {
  workbook: FileWorkbook | null;
  /** The port given to the task pane: the workbook, with writes that also redraw the grid. */
  port: WorkbookPort | null;
  version: number;
  opening: boolean;
  problem: PreviewProblem | null;
  openFile: (file: File) => Promise<void>;
}

export function usePreviewWorkbook(demoUrl: string): PreviewWorkbookState {
  const [workbook, setWorkbook] = useState<FileWorkbook | null>(null);
  const [version, setVersion] = useState(0);
  const [opening, setOpening] = useState(true);
  const [problem, setProblem] = useState<PreviewProblem | null>(null);
  // Set once the user opens a file, so that a demo download finishing later never replaces it.
  const userOpened = useRef(false);

  useEffect(() => {
    let cancelled = false;
    const stale = () => cancelled || userOpened.current;
    fetch(demoUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.arrayBuffer();
      })
      .then((buffer) => readWorkbookFile(new Uint8Array(buffer), demoUrl.split("/").pop() ?? demoUrl))
      .then((data) => !stale() && setWorkbook(new FileWorkbook(data)))
      .catch(() => !stale() && setProblem({ kind: "demoMissing" }))
      .finally(() => !stale() && setOpening(false));
    return () => {
      cancelled = true;
    };
  }, [demoUrl]);

  const openFile = useCallback(async (file: File) => {
    if (fileKind(file.name) === null) {
      setProblem({ kind: "unsupported", name: file.name });
      return;
    }
    userOpened.current = true;
    setOpening(true);
    setProblem(null);
    try {
      const data = await readWorkbookFile(new Uint8Array(await file.arrayBuffer()), file.name);
      setWorkbook(new FileWorkbook(data));
    } catch (error) {
      setProblem({ kind: "openFailed", name: file.name, reason: error instanceof FileReadError ? error.code : "unknown" });
    } finally {
      setOpening(false);
    }
  }, []);

  const port = useMemo<WorkbookPort | null>(() => {
    if (!workbook) return null;
    return {
      host: workbook.host,
      title: workbook.title,
      read: (options) => workbook.read(options),
      loadChoices: () => workbook.loadChoices(),
      saveChoices: (choices) => workbook.saveChoices(choices),
      writeReportSheet: async (content: ReportSheetContent) => {
        const result = await workbook.writeReportSheet(content);
        setVersion((value) => value + 1);
        return result;
      },
    };
  }, [workbook]);

  return { workbook, port, version, opening, problem, openFile };
}
