export { naiveCanPerform, naiveEffectiveGroups, naiveFieldAccess, type NaiveAnswer, type NaiveGrant, type NaiveOptions } from './naive-evaluator';
export { ms, percentile, timeRuns, timeRunsAsync } from './bench-timing';
