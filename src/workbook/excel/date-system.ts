/**
 * The workbook's date system, read through Office.js for the custom functions, which
 * cannot call Excel.run while they calculate.
 */

/** `Workbook.use1904DateSystem` is documented by Microsoft but missing from @types/office-js 1.0.612. */
type WorkbookWithDateSystem = Excel.Workbook & { use1904DateSystem?: boolean };

/**
 * Returns true when the open workbook uses the 1904 date system. Hosts without ExcelApi
 * 1.16 give false.
 * NOTE: the requirement set of Workbook.use1904DateSystem is assumed to be ExcelApi 1.16,
 * which is unconfirmed in Excel.
 */
export async function readUses1904(): Promise<boolean> {
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.16")) return false;
  return Excel.run(async (context) => {
    const workbook = context.workbook as WorkbookWithDateSystem;
    workbook.load("use1904DateSystem");
    await context.sync();
    return workbook.use1904DateSystem === true;
  });
}

/** Recalculates every formula of the workbook, so that custom functions read dates again. */
export async function recalculateWorkbook(): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.application.calculate(Excel.CalculationType.full);
    await context.sync();
  });
}
