/**
 * The date system of the workbook whose cells the custom functions read. Excel passes a
 * date cell as its serial number, and the same serial is a date four years later in the
 * 1904 system than in the 1900 system.
 *
 * A function cannot ask Excel for the date system while it calculates, because that needs
 * Excel.run and the functions are synchronous. The functions' startup reads it once and
 * sets it here. Until then the 1900 system, which almost every workbook uses, applies.
 */

let date1904 = false;

/** Sets the date system that date serials are read in. */
export function setDateSystem1904(uses1904: boolean): void {
  date1904 = uses1904;
}

/** Returns true when date serials are read in the 1904 date system. */
export function usesDateSystem1904(): boolean {
  return date1904;
}
