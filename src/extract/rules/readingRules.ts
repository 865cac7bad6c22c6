import { positionsRule } from './positionsRule.js';
import { listHeadingRule, contributionsRule } from './contributionsRule.js';
import { participationRule } from './participationRule.js';
import { organisersRule, convenersRule } from './organisersRule.js';
import { heldInRule } from './heldInRule.js';
import { durationRule } from './durationRule.js';
import { signingRule } from './signingRule.js';
import { membershipRule } from './membershipRule.js';
import { rolesInBodiesRule, observersRule, appointmentsRule } from './bodyRolesRule.js';
import { operationsRule, labelsHeldRule } from './operationsRule.js';
import { publishingRule } from './publishingRule.js';
import { involvementRule } from './involvementRule.js';
import { programmePartsRule } from './programmePartsRule.js';
import { fundingRule } from './fundingRule.js';
import { cooperationRule } from './cooperationRule.js';
import { awardsRule, labelsAwardedRule } from './awardsRule.js';
import { partOfRule } from './partOfRule.js';
import { locatedRule } from './locatedRule.js';
import { ownersByNameRule, projectOwnersRule } from './projectOwnersRule.js';
import { atNamedEventsRule } from './atNamedEventsRule.js';
import { launchesRule, foundersRule } from './launchRule.js';
import { articleEventRule } from './articleEventRule.js';
import { ledByRule } from './ledByRule.js';
import { clauseRule } from './clauseRule.js';
import { partnersRule } from './partnersRule.js';
import { groupMembersRule } from './groupMembersRule.js';
import { frameworkRule } from './frameworkRule.js';
import { respectivePostsRule } from './respectivePostsRule.js';
import { postsTakenRule } from './postsTakenRule.js';
import type { ReadingRule } from './ruleKit.js';

// Which rules read a sentence, and in what order (as graphql-js keeps `specifiedRules`).
// Order matters where a rule leaves article state another reads: positions come first (they
// give people their bodies, which attendance, signing and the sides of a meeting use), the list
// heading before contributions (its subject stands for the items'). To add a reading, write a
// rule module beside these and put it in this list; see src/extract/README.md.
export const readingRules: readonly ReadingRule[] = [
  positionsRule,
  articleEventRule,
  listHeadingRule,
  participationRule,
  organisersRule,
  convenersRule,
  heldInRule,
  durationRule,
  signingRule,
  membershipRule,
  rolesInBodiesRule,
  observersRule,
  appointmentsRule,
  respectivePostsRule,
  postsTakenRule,
  operationsRule,
  labelsHeldRule,
  publishingRule,
  contributionsRule,
  involvementRule,
  programmePartsRule,
  fundingRule,
  cooperationRule,
  awardsRule,
  labelsAwardedRule,
  partOfRule,
  locatedRule,
  ownersByNameRule,
  projectOwnersRule,
  ledByRule,
  atNamedEventsRule,
  launchesRule,
  foundersRule,
  groupMembersRule,
  frameworkRule,
  // The generic readings last: they leave alone what a precise rule read from the sentence.
  partnersRule,
  clauseRule,
];
