import type { SnapshotWarning } from '@sightline/odoo-model';

/** Warnings of one sync; repeated problems of one kind are counted into one warning. */
export class SyncWarnings {
  readonly #messages: string[] = [];
  readonly #unknown = new Map<string, { count: number; example: number }>();

  add(message: string): void {
    this.#messages.push(message);
  }

  /** A reference from `fromModel` to a `toModel` record the sync did not read. */
  unknownReference(fromModel: string, toModel: string, id: number): void {
    const key = `${fromModel} → ${toModel}`;
    const entry = this.#unknown.get(key);
    if (entry) entry.count++;
    else this.#unknown.set(key, { count: 1, example: id });
  }

  list(): SnapshotWarning[] {
    const unknown = [...this.#unknown].map(
      ([key, { count, example }]) => `${key}: ${count} reference(s) to records that were not read (e.g. id ${example}); left out`,
    );
    return [...this.#messages, ...unknown].map((message) => ({ message }));
  }
}
