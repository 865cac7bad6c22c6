import { CliError } from './cliError.js';

export async function runBuild(_args: string[]): Promise<number> {
  throw new CliError('kg build is being built in this change');
}
