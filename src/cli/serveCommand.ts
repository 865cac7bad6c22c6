import { CliError } from './cliError.js';

export async function runServe(_args: string[]): Promise<number> {
  throw new CliError('kg serve is being built in this change');
}
