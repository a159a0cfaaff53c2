import type { CheckReport } from '../model/check-report.type';

export interface BasePathsSummary {
  readonly ref: string;
  /** Head addons paths read at the revision. */
  readonly compared: readonly string[];
  /** Head addons paths read as they are on both sides, with why. */
  readonly asIs: readonly { readonly path: string; readonly reason: string }[];
}

/** With `--base-ref`: which addons paths were compared at the revision and which were taken as they are. */
export function basePathsSummary(report: CheckReport): BasePathsSummary | null {
  const base = report.base;
  if (base?.ref === undefined || !base.paths) return null;
  return {
    ref: base.ref,
    compared: base.paths.filter((p) => p.compared === 'at-ref').map((p) => p.path),
    asIs: base.paths.filter((p) => p.compared === 'as-is').map((p) => ({ path: p.path, reason: p.reason ?? 'taken as it is' })),
  };
}

/** One line per kind, for people: `compared at <ref>: …` and `taken as they are on both sides (not compared): …`. */
export function basePathsLines(report: CheckReport): string[] {
  const summary = basePathsSummary(report);
  if (!summary) return [];
  const lines = [`compared at ${summary.ref}: ${summary.compared.join(', ')}`];
  if (summary.asIs.length > 0) lines.push(`taken as they are on both sides (not compared): ${summary.asIs.map((p) => `${p.path} (${p.reason})`).join(', ')}`);
  return lines;
}
