/** A module's manifest is unreadable or inconsistent; the message starts with `file[:line:column]`. */
export class ManifestError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`${[file, line, column].filter((part) => part !== undefined).join(':')}: ${reason}`);
    this.name = 'ManifestError';
  }
}

/** Modules that depend on each other: Odoo cannot order them. */
export class DependencyCycleError extends ManifestError {}
