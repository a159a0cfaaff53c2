/** Runs at most `max` tasks at once; the others wait in arrival order. */
export class ConcurrencyLimiter {
  #max: number;
  #active = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(max: number) {
    this.#max = checkedMax(max);
  }

  get max(): number {
    return this.#max;
  }

  set max(value: number) {
    this.#max = checkedMax(value);
    this.#wakeUp();
  }

  get active(): number {
    return this.#active;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#active >= this.#max) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    else this.#active++;
    try {
      return await task();
    } finally {
      this.#release();
    }
  }

  #release(): void {
    this.#active--;
    this.#wakeUp();
  }

  #wakeUp(): void {
    while (this.#active < this.#max && this.#waiting.length > 0) {
      this.#active++;
      this.#waiting.shift()!();
    }
  }
}

function checkedMax(max: number): number {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`concurrency must be a positive integer, got ${max}`);
  return max;
}
