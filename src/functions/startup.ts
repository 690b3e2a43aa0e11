/**
 * Runs when Excel loads the custom functions: reads the workbook's date system once. In a
 * 1904 workbook, formulas calculated before the read used the 1900 system, so the workbook
 * is recalculated after it.
 *
 * Outside Excel (tests, the command line, benchmarks) Office is undefined and nothing runs.
 */
import { readUses1904, recalculateWorkbook } from "../workbook/excel/date-system";
import { setDateSystem1904 } from "./date-system";

async function readDateSystem(): Promise<void> {
  const uses1904 = await readUses1904();
  if (!uses1904) return;
  setDateSystem1904(true);
  await recalculateWorkbook();
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) return;
    // A failed read leaves the 1900 system, which almost every workbook uses. The functions
    // have no place to show the error, and the task pane reads the date system on its own.
    readDateSystem().catch(() => undefined);
  });
}
