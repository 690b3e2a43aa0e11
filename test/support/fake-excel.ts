/**
 * A fake Excel for tests of the Office.js Workbook port, built from office-addin-mock.
 *
 * It models a workbook of sheets (cells, visibility, worksheet custom properties, Excel
 * tables) and records every sync, every range write (values and numberFormat), every format write and
 * every sheet added or deleted. Every Office object that a method returns is an
 * OfficeMockObject, so a property read before `load` and `context.sync()` gives the mock's
 * error string, and a forgotten sync makes the test fail. `isNullObject` needs a sync but no
 * load, as in Office.js.
 *
 * Writes are queued and applied in order at the next sync, as Office.js does, so a test can
 * tell whether a number format was set before the values it protects. The fake simplifies
 * three things. A range returns the values its sheet had when the range object was made.
 * Invalid arguments throw at the call instead of at the next sync. A string written to a
 * cell not formatted as text "@" counts as a formula when it starts with = + - or @.
 */
import { OfficeMockObject } from "office-addin-mock";
import { PossibleErrors } from "office-addin-mock/lib/possibleErrors";

/** What the mock returns for a property read without `load`. */
export const NOT_LOADED: string = PossibleErrors.notLoaded;
/** What the mock returns for a property loaded but not yet synced. */
export const NOT_SYNCED: string = PossibleErrors.notSync;

const MOCK_ERRORS = new Set<unknown>([NOT_LOADED, NOT_SYNCED]);
const FORMULA_PREFIX = /^[=+\-@]./;
const INVALID_SHEET_NAME = /[[\]:*?/\\]/;

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface FakeSheetSpec {
  name: string;
  /** Row-major cells from `origin`, where "", null and undefined are empty cells. */
  rows?: unknown[][];
  /** 0-based sheet position of `rows[0][0]`, A1 when omitted. */
  origin?: { row: number; column: number };
  visibility?: SheetVisibility;
  /** Worksheet custom properties, key to value. */
  customProperties?: Record<string, string>;
  tables?: FakeTableSpec[];
}

/** An Excel table (ListObject) on a fake sheet. */
export interface FakeTableSpec {
  name: string;
  /** 0-based position and size of the whole table, including the header and totals rows when shown. */
  range: Area;
  /** Defaults to true. */
  showHeaders?: boolean;
  /** Defaults to false. */
  showTotals?: boolean;
}

export interface FakeExcelOptions {
  sheets: FakeSheetSpec[];
  use1904DateSystem?: boolean;
  /** A sync that loads `values` of a range with more rows than this fails with `payloadErrorCode`. */
  payloadLimitRows?: number;
  /** Defaults to "ResponsePayloadSizeLimitExceeded", the code of Excel on the web. */
  payloadErrorCode?: string;
  /** A range with more rows than this returns null `values`, as Office.js may do over its limits. */
  nullValuesAboveRows?: number;
}

/** One write of a range property, recorded when a sync applies it. */
export interface RangeWrite {
  /** 1-based number of the sync that applied the write. */
  sync: number;
  /** Position of the write among all queued operations. */
  order: number;
  sheet: string;
  /** A1 address within the sheet, without the sheet name. */
  address: string;
  property: "values" | "numberFormat";
  data: unknown;
}

export interface FormatWrite {
  sync: number;
  sheet: string;
  address: string;
  property: "bold" | "columnWidth";
  value: unknown;
}

/** One load of the position of a table's range, recorded when a sync runs it. */
export interface TableRangeLoad {
  sync: number;
  table: string;
}

/** One `values` load of a range, recorded when a sync runs it. */
export interface ValuesLoad {
  sync: number;
  sheet: string;
  address: string;
  rowCount: number;
  outcome: "read" | "payloadLimit" | "nullValues";
}

export interface Area {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** The state of one sheet of the fake workbook. */
export class FakeSheet {
  name: string;
  visibility: SheetVisibility;
  /** Cell values by 0-based row and column, where missing entries are empty cells. */
  readonly cells: unknown[][] = [];
  readonly numberFormats = new Map<string, string>();
  /** Keys ("row,column") of cells that Excel would hold as formulas. */
  readonly formulaCells = new Set<string>();
  /** Custom properties by lower-case key, because Excel compares keys ignoring case. */
  readonly customProperties = new Map<string, { key: string; value: string }>();
  readonly tables: Required<FakeTableSpec>[] = [];

  constructor(name: string, visibility: SheetVisibility = "Visible") {
    this.name = name;
    this.visibility = visibility;
  }

  value(row: number, column: number): unknown {
    return this.cells[row]?.[column] ?? null;
  }

  numberFormat(row: number, column: number): string {
    return this.numberFormats.get(`${row},${column}`) ?? "General";
  }

  isFormula(row: number, column: number): boolean {
    return this.formulaCells.has(`${row},${column}`);
  }

  customProperty(key: string): string | undefined {
    return this.customProperties.get(key.toLowerCase())?.value;
  }

  /** Returns the smallest area holding every non-empty cell, or null for an empty sheet. */
  usedArea(): Area | null {
    let top = Infinity;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    this.cells.forEach((row, rowIndex) => {
      row.forEach((value, columnIndex) => {
        if (isEmpty(value)) return;
        top = Math.min(top, rowIndex);
        bottom = Math.max(bottom, rowIndex);
        left = Math.min(left, columnIndex);
        right = Math.max(right, columnIndex);
      });
    });
    if (bottom < 0) return null;
    return { rowIndex: top, columnIndex: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }

  /** Returns the values of an area as Office.js does, with "" for empty cells. */
  valuesOf(area: Area): unknown[][] {
    return Array.from({ length: area.rowCount }, (_, r) =>
      Array.from({ length: area.columnCount }, (_, c) => {
        const value = this.value(area.rowIndex + r, area.columnIndex + c);
        return isEmpty(value) ? "" : value;
      }),
    );
  }

  numberFormatsOf(area: Area): string[][] {
    return Array.from({ length: area.rowCount }, (_, r) =>
      Array.from({ length: area.columnCount }, (_, c) => this.numberFormat(area.rowIndex + r, area.columnIndex + c)),
    );
  }

  setValue(row: number, column: number, value: unknown): void {
    const key = `${row},${column}`;
    this.cells[row] ??= [];
    if (isEmpty(value)) {
      delete this.cells[row][column];
      this.formulaCells.delete(key);
      return;
    }
    this.cells[row][column] = value;
    const parsedAsFormula = typeof value === "string" && this.numberFormat(row, column) !== "@" && FORMULA_PREFIX.test(value);
    if (parsedAsFormula) this.formulaCells.add(key);
    else this.formulaCells.delete(key);
  }
}

/** The fake workbook and its `Excel.run`. */
export class FakeExcel {
  readonly sheets: FakeSheet[];
  readonly options: FakeExcelOptions;
  syncCount = 0;
  readonly rangeWrites: RangeWrite[] = [];
  readonly formatWrites: FormatWrite[] = [];
  readonly valuesLoads: ValuesLoad[] = [];
  readonly tableRangeLoads: TableRangeLoad[] = [];
  readonly addedSheets: string[] = [];
  readonly deletedSheets: string[] = [];
  /** Numbers of the syncs that `suspendApiCalculationUntilNextSync` applied to. */
  readonly calculationSuspendedSyncs: number[] = [];
  activeSheetName: string | null;
  /** Replaces `Excel.run`: runs the batch with a fresh request context. */
  readonly run: typeof Excel.run;

  constructor(options: FakeExcelOptions) {
    this.options = options;
    this.sheets = options.sheets.map(sheetFromSpec);
    this.activeSheetName = this.sheets[0]?.name ?? null;
    this.run = (async (batch: (context: unknown) => Promise<unknown>) => {
      const context = new FakeRequestContext(this);
      const result = await batch(context.mock);
      context.assertNothingQueued();
      return result;
    }) as unknown as typeof Excel.run;
  }

  /** Returns the sheet of that name, ignoring case. Throws when there is none. */
  sheet(name: string): FakeSheet {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`fake Excel: no sheet named "${name}" (sheets: ${this.sheetNames().join(", ")})`);
    return sheet;
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  sheetNames(): string[] {
    return this.sheets.map((sheet) => sheet.name);
  }

  rangeWritesTo(sheetName: string): RangeWrite[] {
    return this.rangeWrites.filter((write) => write.sheet === sheetName);
  }
}

function sheetFromSpec(spec: FakeSheetSpec): FakeSheet {
  const sheet = new FakeSheet(spec.name, spec.visibility);
  const origin = spec.origin ?? { row: 0, column: 0 };
  (spec.rows ?? []).forEach((row, r) => row.forEach((value, c) => sheet.setValue(origin.row + r, origin.column + c, value)));
  for (const [key, value] of Object.entries(spec.customProperties ?? {})) sheet.customProperties.set(key.toLowerCase(), { key, value });
  for (const table of spec.tables ?? []) sheet.tables.push({ showHeaders: true, showTotals: false, ...table });
  return sheet;
}

/** An Office object made in one run, synced by every `context.sync()` of that run. */
interface Tracked {
  mock: OfficeMockObject;
  synced: boolean;
  /** Set when the sync that would have loaded the object failed; such objects never load. */
  failed: boolean;
  range?: { sheet: FakeSheet; area: Area; valuesLoadPending: () => boolean; nullValues: boolean };
  onSync?: () => void;
}

interface QueuedOperation {
  order: number;
  apply: (sync: number, order: number) => void;
}

/** The request context of one `Excel.run`: the objects it made and the operations it queued. */
class FakeRequestContext {
  readonly mock: OfficeMockObject;
  private readonly fake: FakeExcel;
  private readonly tracked: Tracked[] = [];
  private readonly queue: QueuedOperation[] = [];
  private worksheets: OfficeMockObject | null = null;
  private tables: OfficeMockObject | null = null;
  private static operationCount = 0;

  constructor(fake: FakeExcel) {
    this.fake = fake;
    this.mock = new OfficeMockObject({
      workbook: {
        name: "Book1.xlsx",
        use1904DateSystem: fake.options.use1904DateSystem ?? false,
        application: {
          suspendApiCalculationUntilNextSync: () => this.enqueue((sync) => fake.calculationSuspendedSyncs.push(sync)),
        },
      },
      sync: () => this.sync(),
    });
    Object.defineProperty(this.mock.workbook, "worksheets", { get: () => this.worksheetCollection(), enumerable: true });
    Object.defineProperty(this.mock.workbook, "tables", { get: () => this.tableCollection(), enumerable: true });
  }

  assertNothingQueued(): void {
    if (this.queue.length > 0) {
      throw new Error(`fake Excel: ${this.queue.length} queued operations were never synced. End the batch with context.sync().`);
    }
  }

  private enqueue(apply: (sync: number, order: number) => void): void {
    FakeRequestContext.operationCount += 1;
    this.queue.push({ order: FakeRequestContext.operationCount, apply });
  }

  private track(mock: OfficeMockObject, isNull: boolean, extra: Partial<Tracked> = {}): Tracked {
    const tracked: Tracked = { mock, synced: false, failed: false, ...extra };
    Object.defineProperty(mock, "isNullObject", { get: () => (tracked.synced ? isNull : NOT_SYNCED), enumerable: true });
    this.tracked.push(tracked);
    return tracked;
  }

  private async sync(): Promise<void> {
    this.fake.syncCount += 1;
    const sync = this.fake.syncCount;
    const operations = this.queue.splice(0);

    const loads = this.tracked.filter((tracked) => !tracked.failed && tracked.range?.valuesLoadPending());
    const limit = this.fake.options.payloadLimitRows ?? Infinity;
    const overLimit = loads.some((tracked) => tracked.range!.area.rowCount > limit);
    for (const tracked of loads) {
      const { sheet, area, nullValues } = tracked.range!;
      let outcome: ValuesLoad["outcome"] = "read";
      if (overLimit) outcome = "payloadLimit";
      else if (nullValues) outcome = "nullValues";
      this.fake.valuesLoads.push({ sync, sheet: sheet.name, address: a1Address(area), rowCount: area.rowCount, outcome });
    }
    if (overLimit) {
      for (const tracked of loads) tracked.failed = true;
      const code = this.fake.options.payloadErrorCode ?? "ResponsePayloadSizeLimitExceeded";
      throw officeError(code, `The response payload size has exceeded the limit (fake limit: ${limit} rows).`);
    }

    for (const operation of operations) operation.apply(sync, operation.order);
    await OfficeMockObject.prototype.sync.call(this.mock);
    for (const tracked of this.tracked) {
      if (tracked.failed) continue;
      await tracked.mock.sync();
      tracked.synced = true;
      tracked.onSync?.();
    }
    // The mock copies loaded values to their parents in microtasks that its sync does not await.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  private worksheetCollection(): OfficeMockObject {
    this.worksheets ??= this.collectionMock("worksheets", () => this.fake.sheets.map((sheet) => this.sheetMock(sheet)), {
      getItemOrNullObject: (name: string) => {
        const sheet = this.fake.findSheet(name);
        return sheet ? this.sheetMock(sheet) : this.nullSheetMock(name);
      },
      add: (name: string) => this.addSheet(name),
    });
    return this.worksheets;
  }

  /** Returns the workbook's tables, in sheet order and then in the order each sheet lists them. */
  private tableCollection(): OfficeMockObject {
    this.tables ??= this.collectionMock("tables", () =>
      this.fake.sheets.flatMap((sheet) => sheet.tables.map((table) => this.tableMock(sheet, table))),
    );
    return this.tables;
  }

  /**
   * Makes a collection whose `load("items/…")` makes its items and loads the given properties
   * on each. Its `items` can be read only after a sync.
   */
  private collectionMock(name: string, makeItems: () => OfficeMockObject[], methods: Record<string, unknown> = {}): OfficeMockObject {
    let items: OfficeMockObject[] | null = null;
    let itemsSynced = false;
    const collection: OfficeMockObject = new OfficeMockObject({
      ...methods,
      load: (properties: string | string[]) => {
        const itemProperties = parseItemsLoad(name, properties);
        items = makeItems();
        itemsSynced = false;
        for (const item of items) item.load(itemProperties);
        return collection;
      },
    });
    const readItems = () => {
      if (items === null) return NOT_LOADED;
      if (!itemsSynced) return NOT_SYNCED;
      return items;
    };
    Object.defineProperty(collection, "items", { get: readItems, enumerable: true });
    this.track(collection, false, { onSync: () => (itemsSynced = items !== null) });
    return collection;
  }

  private tableMock(sheet: FakeSheet, table: Required<FakeTableSpec>): OfficeMockObject {
    const mock = new OfficeMockObject({
      name: table.name,
      showHeaders: table.showHeaders,
      showTotals: table.showTotals,
      worksheet: { name: sheet.name },
      getRange: () => {
        let recorded = false;
        const range = this.rangeMock(sheet, table.range, false, () => {
          if (recorded || range.rowIndex === NOT_LOADED) return;
          recorded = true;
          this.fake.tableRangeLoads.push({ sync: this.fake.syncCount, table: table.name });
        });
        return range;
      },
    });
    this.track(mock, false);
    return mock;
  }

  private sheetMock(sheet: FakeSheet): OfficeMockObject {
    let customProperties: OfficeMockObject | null = null;
    const mock = new OfficeMockObject({
      name: sheet.name,
      visibility: sheet.visibility,
      getRangeByIndexes: (row: number, column: number, rowCount: number, columnCount: number) =>
        this.rangeMock(sheet, { rowIndex: row, columnIndex: column, rowCount, columnCount }),
      getUsedRangeOrNullObject: () => {
        const area = sheet.usedArea();
        return area ? this.rangeMock(sheet, area) : this.rangeMock(sheet, { rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 }, true);
      },
      delete: () => this.enqueue(() => this.deleteSheet(sheet)),
      activate: () =>
        this.enqueue(() => {
          this.requireInWorkbook(sheet);
          this.fake.activeSheetName = sheet.name;
        }),
    });
    Object.defineProperty(mock, "customProperties", {
      get: () => (customProperties ??= this.customPropertyCollection(sheet)),
      enumerable: true,
    });
    this.track(mock, false);
    return mock;
  }

  private nullSheetMock(name: string): OfficeMockObject {
    const rejectCall = (method: string) => () => {
      throw new Error(`fake Excel: ${method} called on the null object for missing sheet "${name}"`);
    };
    const mock = new OfficeMockObject({
      name,
      visibility: "Visible",
      getRangeByIndexes: rejectCall("getRangeByIndexes"),
      getUsedRangeOrNullObject: rejectCall("getUsedRangeOrNullObject"),
      delete: rejectCall("delete"),
      activate: rejectCall("activate"),
    });
    Object.defineProperty(mock, "customProperties", { get: rejectCall("customProperties"), enumerable: true });
    this.track(mock, true);
    return mock;
  }

  private addSheet(name: string): OfficeMockObject {
    const sheet = new FakeSheet(name);
    this.enqueue(() => {
      if (name.length === 0 || name.length > 31 || INVALID_SHEET_NAME.test(name)) {
        throw officeError("InvalidArgument", `The sheet name "${name}" is not valid.`);
      }
      if (this.fake.findSheet(name)) throw officeError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
      this.fake.sheets.push(sheet);
      this.fake.addedSheets.push(name);
    });
    return this.sheetMock(sheet);
  }

  private deleteSheet(sheet: FakeSheet): void {
    this.requireInWorkbook(sheet);
    const visible = this.fake.sheets.filter((other) => other.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) {
      throw officeError("InvalidOperation", `The last visible sheet "${sheet.name}" cannot be deleted.`);
    }
    this.fake.sheets.splice(this.fake.sheets.indexOf(sheet), 1);
    this.fake.deletedSheets.push(sheet.name);
    if (this.fake.activeSheetName === sheet.name) this.fake.activeSheetName = visible.find((other) => other !== sheet)?.name ?? null;
  }

  private requireInWorkbook(sheet: FakeSheet): void {
    if (!this.fake.sheets.includes(sheet)) throw officeError("ItemNotFound", `The sheet "${sheet.name}" is not in the workbook.`);
  }

  private customPropertyCollection(sheet: FakeSheet): OfficeMockObject {
    const collection = new OfficeMockObject({
      add: (key: string, value: string) => {
        this.enqueue(() => sheet.customProperties.set(key.toLowerCase(), { key, value }));
        return this.track(new OfficeMockObject({ key, value }), false).mock;
      },
      getItemOrNullObject: (key: string) => {
        const property = sheet.customProperties.get(key.toLowerCase());
        return this.track(new OfficeMockObject({ key, value: property?.value ?? "" }), property === undefined).mock;
      },
    });
    this.track(collection, false);
    return collection;
  }

  private rangeMock(sheet: FakeSheet, area: Area, isNull = false, onSync?: () => void): OfficeMockObject {
    const { rowIndex, columnIndex, rowCount, columnCount } = area;
    const valid = [rowIndex, columnIndex].every((n) => Number.isInteger(n) && n >= 0) && [rowCount, columnCount].every((n) => Number.isInteger(n) && n >= 1);
    if (!valid) throw officeError("InvalidArgument", `The range ${JSON.stringify(area)} is not valid.`);

    const values = sheet.valuesOf(area);
    const numberFormat = sheet.numberFormatsOf(area);
    const mock = new OfficeMockObject({
      address: `${quoteSheetName(sheet.name)}!${a1Address(area)}`,
      rowIndex,
      columnIndex,
      rowCount,
      columnCount,
      values,
      numberFormat,
      format: { font: {} },
    });

    const nullValues = rowCount > (this.fake.options.nullValuesAboveRows ?? Infinity);
    const readValues = interceptWrites(mock, "values", values, (data) => this.queueRangeWrite(sheet, area, "values", data), (stored) =>
      nullValues && !MOCK_ERRORS.has(stored) ? null : stored,
    );
    interceptWrites(mock, "numberFormat", numberFormat, (data) => this.queueRangeWrite(sheet, area, "numberFormat", data));
    writeOnlyProperty(mock.format, "columnWidth", (value) => this.queueFormatWrite(sheet, area, "columnWidth", value));
    writeOnlyProperty(mock.format.font, "bold", (value) => this.queueFormatWrite(sheet, area, "bold", value));

    this.track(mock, isNull, { range: { sheet, area, nullValues, valuesLoadPending: () => readValues() === NOT_SYNCED }, onSync });
    return mock;
  }

  private queueRangeWrite(sheet: FakeSheet, area: Area, property: RangeWrite["property"], data: unknown): void {
    this.enqueue((sync, order) => {
      this.requireInWorkbook(sheet);
      const cells = cellsOf(data, area, property);
      for (let r = 0; r < area.rowCount; r++) {
        for (let c = 0; c < area.columnCount; c++) {
          const row = area.rowIndex + r;
          const column = area.columnIndex + c;
          if (property === "numberFormat") sheet.numberFormats.set(`${row},${column}`, String(cells[r][c]));
          else sheet.setValue(row, column, cells[r][c]);
        }
      }
      this.fake.rangeWrites.push({ sync, order, sheet: sheet.name, address: a1Address(area), property, data });
    });
  }

  private queueFormatWrite(sheet: FakeSheet, area: Area, property: FormatWrite["property"], value: unknown): void {
    this.enqueue((sync) => {
      this.requireInWorkbook(sheet);
      this.fake.formatWrites.push({ sync, sheet: sheet.name, address: a1Address(area), property, value });
    });
  }
}

/**
 * Turns `property` of a mock into an accessor that reports writes by the code under test.
 * The mock itself assigns only its error strings or the value it was built with, so any
 * other assignment is a write. Returns a reader of the stored value.
 */
function interceptWrites(
  mock: OfficeMockObject,
  property: string,
  initial: unknown,
  onWrite: (value: unknown) => void,
  read: (stored: unknown) => unknown = (stored) => stored,
): () => unknown {
  let stored: unknown = mock[property];
  Object.defineProperty(mock, property, {
    get: () => read(stored),
    set: (value: unknown) => {
      const fromMock = value === initial || MOCK_ERRORS.has(value);
      stored = value;
      if (!fromMock) onWrite(value);
    },
    enumerable: true,
  });
  return () => stored;
}

/** Makes a format property write-only: the code under test may set it but, in this fake, never load it. */
function writeOnlyProperty(target: OfficeMockObject, property: string, onWrite: (value: unknown) => void): void {
  Object.defineProperty(target, property, { get: () => NOT_LOADED, set: onWrite, enumerable: true });
}

/** Expands a written value to one entry per cell, because Office.js also accepts one value for the whole range. */
function cellsOf(data: unknown, area: Area, property: string): unknown[][] {
  if (!Array.isArray(data)) return Array.from({ length: area.rowCount }, () => new Array(area.columnCount).fill(data));
  const fits = data.length === area.rowCount && data.every((row) => Array.isArray(row) && row.length === area.columnCount);
  if (!fits) {
    throw officeError("InvalidArgument", `The ${property} array does not match the size of the range ${a1Address(area)} (${area.rowCount} × ${area.columnCount}).`);
  }
  return data as unknown[][];
}

/** Returns the item paths of a collection load: "items/name,items/worksheet/name" gives ["name", "worksheet/name"]. */
function parseItemsLoad(collection: string, properties: string | string[]): string[] {
  const paths = (Array.isArray(properties) ? properties : properties.split(",")).map((path) => path.trim());
  return paths.map((path) => {
    const match = /^items\/(\w+(?:\/\w+)*)$/.exec(path);
    if (!match) throw new Error(`fake Excel: ${collection}.load supports only "items/<property>" paths, not "${path}"`);
    return match[1];
  });
}

function officeError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}

function isEmpty(value: unknown): boolean {
  return value === "" || value === null || value === undefined;
}

export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function a1Address(area: Area): string {
  const first = `${columnLetters(area.columnIndex)}${area.rowIndex + 1}`;
  const last = `${columnLetters(area.columnIndex + area.columnCount - 1)}${area.rowIndex + area.rowCount}`;
  return first === last ? first : `${first}:${last}`;
}

function quoteSheetName(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
