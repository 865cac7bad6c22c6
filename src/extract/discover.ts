import type { Candidate, DiscoverOptions } from './candidate.js';
import { overlapsAny } from './namePhrases.js';
import { titled, quoted, abbreviations } from './discoverMarked.js';
import { persons } from './discoverPersons.js';
import { jointMinistries, labelMarks, organisationPhrases, organisationsBeforeTitles, organisationLists, launchedInitiatives, ordinalEvents } from './discoverOrganisations.js';
export { cleanName, phraseEndingAt, readLatinParen } from './namePhrases.js';
export type { Candidate, DiscoverOptions, Span } from './candidate.js';
import type { Gazetteer } from './gazetteer.js';
import { keepNames } from './discoverFilter.js';
import { bareSuffixNames, dashAppositions, glossedNames, signalParties } from './discoverSignals.js';
import { listedPlaces, markedPlaces, placeRegions } from './discoverPlaces.js';

// Discovery of entities the gazetteer lacks, from what the text itself signals:
// 《titles》, “quoted names” with a telling suffix, 全称（ABBR）and ABBR（全称）, names next to
// position titles, transliterated names with ·, Latin-script personal names, and organisation
// names recognised by their suffix and a place or parent organisation in front; then, with
// nothing known in front, names bounded by a telling ending, parties of the verbs only parties
// have, Han names glossed by English ones, dash appositions and foreign places in lists. Every
// proposal passes the name filter (discoverFilter.ts).

/** Every candidate entity a sentence signals. Overlaps are resolved: brackets > quotes > abbreviations > people > phrases. */
export function discoverCandidates(sentence: string, gazetteer: Gazetteer, options: DiscoverOptions = {}): Candidate[] {
  const found: Candidate[] = [];
  const taken: Candidate[] = [];
  // Every path's proposals go through the name filter: a rule-made name must be a name.
  const keep = (list: Candidate[]) => {
    for (const c of keepNames(list)) {
      if (overlapsAny(taken, c.start, c.end)) continue;
      found.push(c);
      taken.push(c);
    }
  };
  keep(titled(sentence));
  keep(quoted(sentence));
  keep(abbreviations(sentence, gazetteer));
  const known = options.known ?? gazetteer.matcher.findAll(sentence);
  const knownSpans = known.map((m) => ({ start: m.start, end: m.end, label: m.value.label }));
  const people = persons(sentence, [...taken, ...knownSpans.filter((k) => k.label !== 'Person')], options.nameHint).filter((p) => !knownSpans.some((k) => k.label === 'Person' && k.start <= p.start && k.end >= p.end));
  keep(people);
  keep(placeRegions(sentence, known, taken));
  keep(organisationsBeforeTitles(sentence, gazetteer, people, [...taken, ...knownSpans]));
  const beforePhrases = found.length;
  keep(jointMinistries(sentence, known, taken));
  keep(labelMarks(sentence, known, taken));
  keep(organisationPhrases(sentence, gazetteer, taken, known));
  // A foreign name right after an organisation only found by its suffix: 日本环境协会宇野治秘书长.
  if (found.length > beforePhrases) {
    const organisations = taken.filter((t) => t.label !== 'Person');
    keep(persons(sentence, [...organisations, ...knownSpans.filter((k) => k.label !== 'Person')], options.nameHint).filter((p) => !knownSpans.some((k) => k.start < p.end && k.end > p.start)));
  }
  keep(organisationLists(sentence, [...taken, ...knownSpans]));
  keep(ordinalEvents(sentence));
  keep(launchedInitiatives(sentence, [...taken, ...knownSpans]));
  keep(glossedNames(sentence, gazetteer, [...taken, ...knownSpans]));
  keep(bareSuffixNames(sentence, gazetteer, taken, knownSpans));
  keep(dashAppositions(sentence, gazetteer, [...taken, ...knownSpans]));
  keep(signalParties(sentence, gazetteer, [...taken, ...knownSpans], known));
  keep(listedPlaces(sentence, known, taken));
  keep(markedPlaces(sentence, gazetteer, [...taken, ...knownSpans]));
  return found.sort((a, b) => a.start - b.start);
}
