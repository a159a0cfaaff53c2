// Timing for the `bench` targets (this package's and the cli's): figures, not assertions.
/** Milliseconds of each run of `run` (after `warmup` unmeasured runs). */
export function timeRuns(runs: number, run: (i: number) => void, warmup = 2): number[] {
  for (let i = 0; i < warmup; i++) run(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    run(i);
    times.push(elapsedMs(start));
  }
  return times;
}

/** {@link timeRuns} for asynchronous work, one run at a time. */
export async function timeRunsAsync(runs: number, run: (i: number) => Promise<unknown>, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await run(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await run(i);
    times.push(elapsedMs(start));
  }
  return times;
}

/** The p-th percentile (nearest rank) of the times. */
export function percentile(times: readonly number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function ms(value: number): string {
  return value >= 100 ? `${value.toFixed(0)} ms` : value >= 1 ? `${value.toFixed(2)} ms` : `${(value * 1000).toFixed(0)} µs`;
}

function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
