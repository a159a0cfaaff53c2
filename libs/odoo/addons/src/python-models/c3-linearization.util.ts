/**
 * Python's method resolution order (C3) of `node` with direct `bases`, given the linearizations of
 * the bases. Undefined when the bases admit no consistent order (Python raises a TypeError).
 */
export function c3Linearization<T>(node: T, bases: readonly T[], linearizationOf: (base: T) => readonly T[]): T[] | undefined {
  const sequences = [...bases.map((base) => [...linearizationOf(base)]), [...bases]].filter((seq) => seq.length > 0);
  const result = [node];
  while (sequences.length > 0) {
    const head = sequences.map((seq) => seq[0]).find((candidate) => sequences.every((seq) => seq.indexOf(candidate) <= 0));
    if (head === undefined) return undefined;
    result.push(head);
    for (const seq of sequences) if (seq[0] === head) seq.shift();
    for (let i = sequences.length - 1; i >= 0; i--) if (sequences[i].length === 0) sequences.splice(i, 1);
  }
  return result;
}
