import 'reflect-metadata';

export { createExposureSubgraph, exposureSubgraphName } from './exposure-subgraph';
export type { ExposureSubgraph, ExposureOptions } from './exposure-subgraph';
export { openExposureDatabase, exposureSchema } from './exposure-database';
export { serveExposureSubgraph } from './serve-exposure-subgraph';
export type { StandaloneExposureSubgraph } from './serve-exposure-subgraph';
