/** An error the user caused (bad flag, bad file): printed as one line, no stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Prints an error for a terminal user and returns the exit code. Unknown errors keep their stack. */
export function reportCliError(error: unknown): number {
  if (error instanceof CliError) {
    process.stderr.write(`kg: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof Error && error.name !== 'Error') {
    // Typed errors from lower layers (IngestError, ConfigError, StoreUnavailableError...) carry
    // messages written for users.
    process.stderr.write(`kg: ${error.message}\n`);
    return 1;
  }
  process.stderr.write(`kg: unexpected error\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
}
