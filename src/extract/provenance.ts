// Provenance in one table: every way a reading rule states a fact, with its method name (as the
// graph's `method` property shows it, "pattern:<name>") and how sure the reading is. A rule
// passes one of these to emit(); it never types a method name or a confidence inline. Two
// entries may share a method name when one reading has a surer and a less sure form (the
// attendance at an event this sentence names, 0.8, and at the article's event, 0.7).

export interface Provenance {
  readonly method: string;
  readonly confidence: number;
}

function p(name: string, confidence: number): Provenance {
  return { method: `pattern:${name}`, confidence };
}

export const PROVENANCE = {
  adopted: p('adopted', 0.7),
  agreementOfProgramme: p('agreement-of-programme', 0.65),
  appointed: p('appointed', 0.8),
  appointedAtMeeting: p('appointed-at-meeting', 0.7),
  /** "A、B分别当选为主席、副主席": posts paired with people in the order listed. */
  appointedInTurn: p('appointed-in-turn', 0.75),
  atNamedEvent: p('at-named-event', 0.65),
  attendance: p('attendance', 0.8),
  attendanceInArticle: p('attendance', 0.7),
  attendanceOrganisation: p('attendance-organisation', 0.7),
  awarded: p('awarded', 0.8),
  carriesOut: p('carries-out', 0.75),
  chairedByBody: p('chaired-by-body', 0.7),
  chairedByBodyParent: p('chaired-by-body', 0.65),
  citedAuthors: p('cited-authors', 0.7),
  clause: p('clause', 0.7),
  clausePassive: p('clause-passive', 0.7),
  clauseTogether: p('clause-together', 0.65),
  clauseVia: p('clause-via', 0.65),
  coOrganisedBy: p('co-organised-by', 0.85),
  commissionedBy: p('commissioned-by', 0.75),
  contributed: p('contributed', 0.75),
  cooperates: p('cooperates', 0.75),
  cooperatesParent: p('cooperates-parent', 0.65),
  countryBeforeName: p('country-before-name', 0.6),
  countryInName: p('country-in-name', 0.6),
  declaredDay: p('declared-day', 0.75),
  delegationAttends: p('delegation-attends', 0.65),
  during: p('during', 0.75),
  eventOfProject: p('event-of-project', 0.7),
  eventProduced: p('event-produced', 0.7),
  followUp: p('follow-up', 0.65),
  founders: p('founders', 0.7),
  funded: p('funded', 0.8),
  fundedPledge: p('funded', 0.75),
  fundedProject: p('funded-project', 0.75),
  heldIn: p('held-in', 0.8),
  heldInParent: p('held-in-parent', 0.65),
  holdsLabel: p('holds-label', 0.8),
  hostedBy: p('hosted-by', 0.85),
  initiativeOutput: p('initiative-output', 0.65),
  invitedBy: p('invited-by', 0.7),
  involved: p('involved', 0.75),
  joined: p('joined', 0.85),
  labelAwardedAt: p('label-awarded-at', 0.7),
  launchOwner: p('launch-owner', 0.7),
  launchProduced: p('launch-produced', 0.7),
  launched: p('launched', 0.8),
  ledByBodies: p('led-by-bodies', 0.75),
  launchedBy: p('launched-by', 0.7),
  ledBy: p('led-by', 0.75),
  ledByTopic: p('led-by', 0.7),
  ledByMember: p('led-by-member', 0.7),
  locatedIn: p('located-in', 0.8),
  regionList: p('region-list', 0.75),
  groupMember: p('group-member', 0.7),
  withinFramework: p('within-framework', 0.7),
  memberRole: p('member-role', 0.8),
  memberRoleSeat: p('member-role', 0.7),
  memberUnit: p('member-unit', 0.65),
  memberOfBody: p('member-of-body', 0.75),
  observer: p('observer', 0.75),
  operates: p('operates', 0.75),
  operatesParent: p('operates-parent', 0.7),
  orgName: p('org-name', 0.7),
  orgTitleName: p('org-title-name', 0.85),
  orgTitleNameChained: p('org-title-name', 0.75),
  orgTitleNameListed: p('org-title-name', 0.75),
  orgTitleNameMinistry: p('org-title-name', 0.8),
  /** "基金会董事长B": a kind word for the one such body the article named. */
  orgTitleNameBare: p('org-title-name-bare', 0.7),
  /** "卸任主席、…X" after a body's elections: the outgoing holder of the post in that body. */
  outgoingPost: p('outgoing-post', 0.65),
  /** "X（…），ORG主席，" and "X是ORG主席": the body and title after the name. */
  orgTitleNameApposed: p('name-org-title', 0.75),
  orgTitleNameOuter: p('org-title-name', 0.7),
  organised: p('organised', 0.75),
  ownMeeting: p('own-meeting', 0.7),
  ownerInName: p('owner-in-name', 0.6),
  partOf: p('part-of', 0.75),
  partOfNamed: p('part-of-named', 0.7),
  partners: p('partners', 0.7),
  partnerOf: p('partner-of', 0.75),
  possessive: p('possessive', 0.6),
  programmeDocument: p('programme-document', 0.65),
  programmeRole: p('programme-role', 0.75),
  programmeRoleNoun: p('programme-role-noun', 0.75),
  projectOf: p('project-of', 0.7),
  published: p('published', 0.8),
  publishedBy: p('published-by', 0.8),
  publishedByTopic: p('published-by', 0.7),
  secretariat: p('secretariat', 0.75),
  sidesCooperate: p('sides-cooperate', 0.7),
  signed: p('signed', 0.85),
  signedAtEvent: p('signed-at-event', 0.8),
  signedInArticleEvent: p('signed-at-event', 0.65),
  signedForOrganisation: p('signed-for-organisation', 0.75),
  signingEvent: p('signing-event', 0.75),
  signingEventPartOf: p('signing-event', 0.7),
  supports: p('supports', 0.65),
  talkCounterpart: p('talk-counterpart', 0.7),
  talkSide: p('talk-side', 0.7),
  unitOf: p('unit-of', 0.7),
  throughProgramme: p('through-programme', 0.7),
  visitHost: p('visit-host', 0.7),
  withinDates: p('within-dates', 0.7),
  witnessed: p('witnessed', 0.8),
  witnessedSigning: p('witnessed-signing', 0.75),
  worksTowards: p('works-towards', 0.7),} as const satisfies Record<string, Provenance>;

/**
 * Facts read from a briefing's structure rather than from a sentence that states them: a heading
 * (an article's title line, a Markdown heading, a short line standing alone), a line of the
 * contents, or membership of a contents section ("全球环境标志网络成员" listing a member's story).
 * A rule that reads a heading or contents line keeps its confidence; its method becomes the
 * structure's (readBriefing.ts), and a body sentence stating the same fact is quoted first.
 */
export const STRUCTURE_METHOD = {
  heading: 'structure:heading',
  contents: 'structure:contents',
  section: 'structure:section',
} as const;

export type StructureMethod = (typeof STRUCTURE_METHOD)[keyof typeof STRUCTURE_METHOD];

export function isStructureMethod(method: string): boolean {
  return method.startsWith('structure:');
}

/** Membership read from the contents section an organisation's story is listed under. */
export const SECTION_MEMBERSHIP: Provenance = { method: STRUCTURE_METHOD.section, confidence: 0.7 };

/** The same position held in the parent of the body named (环境发展中心国际处 -> EDC): one step less sure. */
export function positionInParent(how: Provenance): Provenance {
  return { method: 'pattern:org-title-name-parent', confidence: how.confidence - 0.1 };
}

/** Entities a rule creates itself (not found by discovery), with how they were read. */
export const ENTITY_PROVENANCE = {
  signedObject: p('signed-object', 0.75),
  signingEvent: p('signing-event', 0.7),
  /** "新加坡生产力促进局循环经济部": the body opening a department's name, named in no other way. */
  bodyOfDepartment: p('body-of-department', 0.7),
  /** "圆桌会议理事会" after "第十六届…圆桌会议": the recurring gathering as the body whose council it is. */
  bodyOfGathering: p('body-of-gathering', 0.7),
} as const satisfies Record<string, Provenance>;
