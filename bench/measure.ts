/**
 * Timing helpers: the median wall time of several runs, with a garbage collection before
 * each run when Node was started with --expose-gc, so that one run does not pay for the
 * garbage of the one before.
 */

export interface Timing<Result = unknown> {
  /** Median of the timed runs, in milliseconds. */
  medianMs: number;
  /** Every timed run, in milliseconds, in the order they ran. */
  samplesMs: number[];
  /** Return value of the last call, so that a caller need not run the work again for its result. */
  lastResult: Result;
}

export interface TimingOptions {
  /** Number of timed runs, whose median is reported. */
  runs: number;
  /** Untimed runs before the timed ones, so that the JIT has compiled the code. Defaults to 1. */
  warmups?: number;
  /** Calls per timed run, for work too short to time once. Each sample is the time per call. Defaults to 1. */
  repeat?: number;
}

/**
 * Runs `work` `warmups + runs` times and returns the median time of the timed runs. The
 * value that `work` returns is kept, so that the compiler cannot drop the work as unused.
 *
 * @example timeMedian(() => sumColumn(amounts), { runs: 21, repeat: 10 }) // { medianMs: 0.9, ... }
 */
export function timeMedian<Result>(work: () => Result, options: TimingOptions): Timing<Result> {
  const repeat = options.repeat ?? 1;
  let result!: Result;
  for (let i = 0; i < (options.warmups ?? 1); i++) result = work();

  const samplesMs: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    collectGarbage();
    const start = process.hrtime.bigint();
    for (let call = 0; call < repeat; call++) result = work();
    samplesMs.push(elapsedMs(start) / repeat);
  }
  return { medianMs: median(samplesMs), samplesMs, lastResult: result };
}

/**
 * Times `work` on a fresh value from `setup` in each run, with `setup` and `teardown` left
 * out of the time: for a peer that caches results, each run starts cold. Also returns the
 * median time of `setup`.
 */
export async function timeMedianWithSetup<Input, Result>(
  setup: () => Input | Promise<Input>,
  work: (input: Input) => Result | Promise<Result>,
  options: TimingOptions & { teardown?: (input: Input) => void },
): Promise<Timing<Result> & { setupMedianMs: number }> {
  let result!: Result;
  const setupMs: number[] = [];
  const samplesMs: number[] = [];
  const warmups = options.warmups ?? 1;
  for (let run = 0; run < warmups + options.runs; run++) {
    collectGarbage();
    const setupStart = process.hrtime.bigint();
    const input = await setup();
    const setupElapsed = elapsedMs(setupStart);

    collectGarbage();
    const start = process.hrtime.bigint();
    result = await work(input);
    const elapsed = elapsedMs(start);
    options.teardown?.(input);

    if (run < warmups) continue;
    setupMs.push(setupElapsed);
    samplesMs.push(elapsed);
  }
  return { medianMs: median(samplesMs), samplesMs, lastResult: result, setupMedianMs: median(setupMs) };
}

function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** True when Node runs with --expose-gc, so that runs start from a collected heap. */
export function canCollectGarbage(): boolean {
  return typeof globalThis.gc === "function";
}

const MAX_SETTLE_MS = 500;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Collects garbage when Node runs with --expose-gc, then blocks for as long as the
 * collection took (500 ms at most). The collector's background threads and the kernel go
 * on freeing memory after gc() returns, and on a 2-core machine that work slows the timed
 * run on the other core.
 *
 * NOTE: the settle time is a heuristic. On a 2-core VM with 1,000,000 deals in memory,
 * gc() took 0.4 to 0.8 s. One pass over 1,000,000 doubles then took 13 to 14 ms right after
 * it, 2.6 to 3.1 ms after a 500 ms pause, and 2.5 to 3.4 ms with no gc() at all.
 */
export function collectGarbage(): void {
  if (typeof globalThis.gc !== "function") return;
  const start = process.hrtime.bigint();
  globalThis.gc();
  const settleMs = Math.min(MAX_SETTLE_MS, elapsedMs(start));
  Atomics.wait(sleeper, 0, 0, settleMs);
}
