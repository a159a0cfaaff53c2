import type { CoverageReason } from './coverage-report.type';
import { matchesStem } from './matches-stem.util';
import type { FlagTypes, NameSignal, TypeSignal } from './personal-field-signals.data';

/** Reasons from the field's name, weakened on flags and counts (`phone_blacklisted`, `children_count`). */
export function nameReasons(
  type: string,
  tokens: readonly string[],
  signals: readonly NameSignal[],
  flagTypes: FlagTypes,
): CoverageReason[] {
  const isFlag = flagTypes.types.includes(type.toLowerCase());
  return signals
    .filter((signal) => matchesSignal(tokens, signal))
    .map((signal) => toReason('name', isFlag ? weaken(signal, flagTypes.factor) : signal));
}

/** Reasons from the field's type combined with its name. */
export function typeReasons(type: string, tokens: readonly string[], signals: readonly TypeSignal[]): CoverageReason[] {
  const lowerType = type.toLowerCase();
  return signals
    .filter((signal) => signal.types.includes(lowerType) && matchesSignal(tokens, signal))
    .map((signal) => toReason('type', signal));
}

function weaken(signal: NameSignal, factor: number): NameSignal {
  return { ...signal, weight: signal.weight * factor, label: `${signal.label} (only a flag or count)` };
}

function matchesSignal(tokens: readonly string[], signal: NameSignal): boolean {
  return signal.match.some((stem) => matchesStem(tokens, stem, signal.at === 'start'));
}

function toReason(kind: 'name' | 'type', signal: NameSignal): CoverageReason {
  return { kind, detail: signal.label, weight: signal.weight, ...(signal.category ? { category: signal.category } : {}) };
}
