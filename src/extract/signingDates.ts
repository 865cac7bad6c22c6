import type { MergedFact } from './facts.js';
import type { DraftEntity } from './registry.js';

// A signature and the signing it happened at carry one date: a SIGNED fact dated 2017-11-21
// while its signing event is dated 2017-11 tells a report writer two different things. Both take
// the more precise of the two when one holds the other (2017-11 and 2017-11-21); dates that
// disagree are left as read.

/**
 * For each agreement a signing event PRODUCED, gives the SIGNED facts on it and the event the
 * same date: the more precise of theirs. `eventOf` returns the event's draft (to set its date).
 */
export function agreeSigningDates(facts: readonly MergedFact[], eventOf: (key: string) => DraftEntity | undefined): void {
  const signings = new Map<string, DraftEntity[]>();
  for (const f of facts) {
    if (f.type !== 'PRODUCED') continue;
    const event = eventOf(f.from);
    if (event?.kind !== 'signing' || !event.startDate || event.endDate) continue;
    const list = signings.get(f.to);
    if (list) list.push(event);
    else signings.set(f.to, [event]);
  }
  for (const f of facts) {
    if (f.type !== 'SIGNED') continue;
    const events = signings.get(f.to);
    // An agreement signed at two signing events (two parties, two days) has no one date to share.
    if (!events || events.length !== 1) continue;
    const event = events[0]!;
    const date = typeof f.props.date === 'string' ? f.props.date : undefined;
    const start = event.startDate!;
    if (date === undefined) {
      f.props.date = start;
      continue;
    }
    if (!date.startsWith(start) && !start.startsWith(date)) continue;
    const precise = date.length > start.length ? date : start;
    f.props.date = precise;
    if (precise !== start) {
      event.startDate = precise;
      event.datePrecision = precise.length >= 10 ? 'day' : precise.length >= 7 ? 'month' : 'year';
    }
  }
}
