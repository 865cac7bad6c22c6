import { badUserInput } from './errors.js';
import { LIMITS } from './limits.js';

// Checks of argument values shared by resolvers, the query-cost plugin and the CLI.

export function checkFirst(value: number, argumentName = 'first'): number {
  if (!Number.isInteger(value) || value < 0 || value > LIMITS.maxFirst) {
    throw badUserInput(`${argumentName} is ${value}; expected 0..${LIMITS.maxFirst}`, { argumentName, limit: LIMITS.maxFirst });
  }
  return value;
}

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A date bound as the graph writes dates: 2017, 2017-10 or 2017-10-08. */
export function checkDate(value: string | null | undefined, argumentName: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (!ISO_DATE.test(trimmed)) {
    throw badUserInput(`${argumentName} is ${JSON.stringify(value)}; expected an ISO date truncated to year, month or day: 2017, 2017-10 or 2017-10-08`, { argumentName });
  }
  return trimmed;
}
