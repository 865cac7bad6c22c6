import { parse, specifiedRules, validate } from 'graphql';
import { loadSchema } from '../api/loadSchema.js';
import { QueryPrecheck } from '../api/queryLimits.js';

// What the query precheck (src/api/queryLimits.ts, issue 15) costs per request, in this
// process, next to what Apollo does anyway with a new query text (parse, then graphql-js's own
// validation). A remembered text (the same query again) is a set lookup; a new text is lexed,
// parsed with a token limit and validated against the depth, alias, directive and cost rules.

export interface PrecheckCost {
  name: string;
  /** Each request a new text (a comment with a counter in front). */
  newTextUs: number;
  /** The same text every time. */
  rememberedUs: number;
  /** parse + validate(specifiedRules) of a new text: Apollo's own work, for scale. */
  parseValidateUs: number;
}

function perCall(n: number, work: (i: number) => void): number {
  for (let i = 0; i < Math.min(n, 200); i++) work(-1 - i);
  const started = process.hrtime.bigint();
  for (let i = 0; i < n; i++) work(i);
  return Number(process.hrtime.bigint() - started) / 1000 / n;
}

export function measurePrecheck(schemaDir: string, queries: Record<string, string>, n: number): PrecheckCost[] {
  const schema = loadSchema(schemaDir);
  return Object.entries(queries).map(([name, query]) => {
    const precheck = new QueryPrecheck(schema);
    const refused = precheck.check(query);
    if (refused.length > 0) throw new Error(`the precheck refuses the bench query ${name}: ${JSON.stringify(refused)}`);
    // One that remembers no text (none is short enough to keep), so every check does the work.
    const forgetful = new QueryPrecheck(schema, 500, 0);
    const newTextUs = perCall(n, (i) => forgetful.check(`# ${i}\n${query}`));
    const rememberedUs = perCall(n, () => precheck.check(query));
    const parseValidateUs = perCall(n, (i) => validate(schema, parse(`# ${i}\n${query}`), specifiedRules));
    return { name, newTextUs, rememberedUs, parseValidateUs };
  });
}
