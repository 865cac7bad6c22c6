#!/usr/bin/env node
import { CliError, reportCliError } from './cliError.js';

// `kg <command> [args]`. Each command lives in its own module and returns an exit code;
// this file only dispatches and turns errors into one clear line on stderr.

// graphql-js checks class identities on every `instanceof` miss unless NODE_ENV is
// "production" (a fifth of the API's CPU under load). The CLI is the product, not a test bed:
// run it in production mode unless told otherwise. Set before the commands (and graphql) load.
process.env.NODE_ENV ??= 'production';

const COMMANDS: Record<string, { run: (args: string[]) => Promise<number>; summary: string }> = {
  build: { run: async (args) => (await import('./buildCommand.js')).runBuild(args), summary: 'read briefings and seed data, write the graph snapshot' },
  serve: { run: async (args) => (await import('./serveCommand.js')).runServe(args), summary: 'serve the GraphQL API (embedded store or Neo4j)' },
  load: { run: async (args) => (await import('./loadCommand.js')).runLoad(args), summary: 'load the snapshot into Neo4j' },
  timeline: { run: async (args) => (await import('./timelineCommand.js')).runTimeline(args), summary: 'print a dated list of events for an entity' },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`);
  return ['usage: kg <command> [options]', '', 'commands:', ...lines, '', "run 'kg <command> --help' for a command's options"].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) throw new CliError(`unknown command ${JSON.stringify(name)}; expected one of ${Object.keys(COMMANDS).join(', ')}`, 2);
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = reportCliError(error);
  },
);
