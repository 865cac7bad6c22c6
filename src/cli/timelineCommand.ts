import { CliError } from './cliError.js';

export async function runTimeline(_args: string[]): Promise<number> {
  throw new CliError('kg timeline is being built in this change');
}
