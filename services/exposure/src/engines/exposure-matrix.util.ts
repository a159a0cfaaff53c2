import { computeExposureMatrix } from '@sightline/access-engine';
import type { AccessEngine, ExposureMatrix } from '@sightline/access-engine';

const matrices = new WeakMap<AccessEngine, ExposureMatrix>();

/** The engine's exposure matrix, computed once per engine (engines are immutable and cached). */
export function exposureMatrixOf(engine: AccessEngine): ExposureMatrix {
  let matrix = matrices.get(engine);
  if (!matrix) matrices.set(engine, (matrix = computeExposureMatrix(engine)));
  return matrix;
}
