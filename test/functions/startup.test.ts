/**
 * The functions' startup reads the workbook's date system through Office.js. A stand-in
 * for Office and Excel records what the startup requests.
 */
interface FakeHost {
  calculations: string[];
  ready: Promise<void>;
  /** The date-system module instance that the startup sets. */
  dateSystem: typeof import("../../src/functions/date-system");
}

/** Installs Office and Excel globals for a workbook with the given date system, then loads the startup. */
function startWith(options: { uses1904: boolean; apiSupported?: boolean; host?: string }): FakeHost {
  const calculations: string[] = [];
  let finish: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (finish = resolve));
  const workbook = {
    use1904DateSystem: undefined as boolean | undefined,
    load: () => {
      workbook.use1904DateSystem = options.uses1904;
    },
    application: { calculate: (type: string) => calculations.push(type) },
  };
  Object.assign(globalThis, {
    Office: {
      HostType: { Excel: "Excel" },
      context: { requirements: { isSetSupported: () => options.apiSupported ?? true } },
      onReady: (callback: (info: { host: string }) => void) => {
        callback({ host: options.host ?? "Excel" });
        return Promise.resolve();
      },
    },
    Excel: {
      CalculationType: { full: "Full" },
      run: async (batch: (context: unknown) => Promise<unknown>) => {
        const result = await batch({ workbook, sync: async () => undefined });
        // The startup's last Excel.run is the recalculation, or the read when there is none.
        setTimeout(finish, 0);
        return result;
      },
    },
  });
  if (!(options.apiSupported ?? true) || options.host) setTimeout(finish, 0);
  let dateSystem: FakeHost["dateSystem"] | undefined;
  jest.isolateModules(() => {
    dateSystem = require("../../src/functions/date-system");
    require("../../src/functions/startup");
  });
  return { calculations, ready, dateSystem: dateSystem as FakeHost["dateSystem"] };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
});

describe("functions startup", () => {
  test("1904 workbook sets the date system and recalculates", async () => {
    const host = startWith({ uses1904: true });
    await host.ready;
    expect(host.dateSystem.usesDateSystem1904()).toBe(true);
    expect(host.calculations).toEqual(["Full"]);
  });

  test("1900 workbook recalculates nothing", async () => {
    const host = startWith({ uses1904: false });
    await host.ready;
    expect(host.calculations).toEqual([]);
    expect(host.dateSystem.usesDateSystem1904()).toBe(false);
  });

  test("host without ExcelApi 1.16 keeps the 1900 system", async () => {
    const host = startWith({ uses1904: true, apiSupported: false });
    await host.ready;
    expect(host.calculations).toEqual([]);
    expect(host.dateSystem.usesDateSystem1904()).toBe(false);
  });
});
