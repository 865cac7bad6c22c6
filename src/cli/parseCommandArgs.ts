import { parseArgs } from 'node:util';
import { CliError } from './cliError.js';

type OptionSpec = { type: 'string' | 'boolean'; short?: string; multiple?: boolean; default?: string | boolean | string[] | boolean[] };

/**
 * A command's flags, strictly: an unknown flag is a usage error (exit 2) that shows the help;
 * `-h`/`--help` prints the help and yields `undefined` so the command returns 0.
 */
export function parseCommandArgs<const O extends Record<string, OptionSpec>>(args: string[], options: O, help: string, allowPositionals = false) {
  // `--limit -1`: node reads "-1" as a flag ("argument is ambiguous"); as `--limit=-1` it is
  // the value, and the command's own check names what was expected.
  args = [...args];
  for (let i = args.length - 2; i >= 0; i--) {
    const name = /^--([^=]+)$/.exec(args[i]!)?.[1];
    if (name && options[name]?.type === 'string' && /^-\d/.test(args[i + 1]!)) args.splice(i, 2, `${args[i]}=${args[i + 1]}`);
  }
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } } as O & { help: { type: 'boolean'; short: 'h' } }, strict: true, allowPositionals });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${help}`, 2);
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(help);
    return undefined;
  }
  return parsed;
}
