/** Independent evidence: 1 − Π(1 − w), rounded to two decimals so ordering is stable. */
export function combineWeights(weights: readonly number[]): number {
  const miss = weights.reduce((product, weight) => product * (1 - weight), 1);
  return Math.round((1 - miss) * 100) / 100;
}
