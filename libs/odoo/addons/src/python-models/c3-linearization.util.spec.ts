import { c3Linearization } from './c3-linearization.util';

describe('c3Linearization', () => {
  const graph: Record<string, string[]> = {
    O: [], A: ['O'], B: ['O'], C: ['O'], D: ['O'], E: ['O'], K1: ['A', 'B', 'C'], K2: ['D', 'B', 'E'], K3: ['D', 'A'], Z: ['K1', 'K2', 'K3'],
  };
  const mro = (name: string): string[] => c3Linearization(name, graph[name], mro) ?? [];

  it('orders the classic example as Python does', () => {
    expect(mro('Z')).toEqual(['Z', 'K1', 'K2', 'K3', 'D', 'A', 'B', 'C', 'E', 'O']);
  });

  it('reports an inconsistent order', () => {
    const bad: Record<string, string[]> = { O: [], A: ['O'], X: ['O', 'A'] };
    const of = (name: string): string[] => c3Linearization(name, bad[name], of) ?? [];
    expect(c3Linearization('X', bad.X, of)).toBeUndefined();
  });
});
