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
  usage: 2,
  config: 78,
  unavailable: 69,
} as const;
