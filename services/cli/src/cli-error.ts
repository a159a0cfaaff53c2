/** An error the CLI reports as one line and an exit code, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const exitCodes = {
  /** A finding: differences (diff), new access (check). */
  findings: 1,
  usage: 2,
  /** Input that could not be read: a missing file, malformed JSON/XML/CSV. */
  input: 3,
  config: 78,
  unavailable: 69,
} as const;
