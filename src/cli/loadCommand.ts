import { CliError } from './cliError.js';

export async function runLoad(_args: string[]): Promise<number> {
  throw new CliError('kg load is being built in this change');
}
