import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { resolvers } from './resolvers/index.js';

/** The SDL files of `schemaDir` (schema/*.graphql), concatenated in name order. */
export function readTypeDefs(schemaDir: string): string {
  let files: string[];
  try {
    files = readdirSync(schemaDir).filter((f) => f.endsWith('.graphql')).sort();
  } catch (error) {
    throw new Error(`cannot read the GraphQL schema folder ${schemaDir}: ${(error as Error).message}`, { cause: error });
  }
  if (files.length === 0) throw new Error(`no *.graphql files in ${schemaDir}; expected the API's SDL there`);
  return files.map((f) => readFileSync(path.join(schemaDir, f), 'utf8')).join('\n');
}

export function loadSchema(schemaDir: string): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: readTypeDefs(schemaDir), resolvers, resolverValidationOptions: { requireResolversToMatchSchema: 'error' } });
}
