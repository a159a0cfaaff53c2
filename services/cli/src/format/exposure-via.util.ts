import type { ExposureCount } from '@sightline/exposure-report';

/** `a > b > c`, the implication chain as one cell or phrase. */
export function formatVia(via: readonly string[]): string {
  return via.join(' > ');
}

/** `412 of 415`, or why the records cannot be counted. */
export function formatCount(count: ExposureCount | undefined): string {
  if (!count) return '';
  return count.evaluable ? `${count.matching} of ${count.total}` : `not counted: ${count.reason}`;
}
