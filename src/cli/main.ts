#!/usr/bin/env node
import { runBuild } from './buildCommand.js';
import { runLoad } from './loadCommand.js';
import { runServe } from './serveCommand.js';
import { runTimeline } from './timelineCommand.js';
import { CliError, reportCliError } from './cliError.js';

// `kg <command> [args]`. Each command lives in its own module and returns an exit code;
// this file only dispatches and turns errors into one clear line on stderr.

const COMMANDS: Record<string, { run: (args: string[]) => Promise<number>; summary: string }> = {
  build: { run: runBuild, summary: 'read briefings and seed data, write the graph snapshot' },
  serve: { run: runServe, summary: 'serve the GraphQL API (embedded store or Neo4j)' },
  load: { run: runLoad, summary: 'load the snapshot into Neo4j' },
  timeline: { run: runTimeline, summary: 'print a dated list of events for an entity' },
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
