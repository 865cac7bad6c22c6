import type { EntityLabel } from '../../graph/ontology.js';

// Words of an English name that say what it names: a Han name glossed in brackets by an English
// name holding one of them is a body or a programme (电子观察（Electronics Watch）).

export interface EnglishBodyWord {
  word: string;
  label: EntityLabel;
  kind: string;
}

export const ENGLISH_BODY_WORDS: readonly EnglishBodyWord[] = [
  { word: 'Watch', label: 'Organization', kind: 'organization' },
  { word: 'Network', label: 'Organization', kind: 'network' },
  { word: 'Alliance', label: 'Organization', kind: 'alliance' },
  { word: 'Coalition', label: 'Organization', kind: 'alliance' },
  { word: 'Partnership', label: 'Organization', kind: 'partnership' },
  { word: 'Group', label: 'Organization', kind: 'working_group' },
  { word: 'Panel', label: 'Organization', kind: 'working_group' },
  { word: 'Council', label: 'Organization', kind: 'council' },
  { word: 'Committee', label: 'Organization', kind: 'committee' },
  { word: 'Commission', label: 'Organization', kind: 'commission' },
  { word: 'Board', label: 'Organization', kind: 'council' },
  { word: 'Foundation', label: 'Organization', kind: 'foundation' },
  { word: 'Institute', label: 'Organization', kind: 'research_institute' },
  { word: 'Association', label: 'Organization', kind: 'association' },
  { word: 'Federation', label: 'Organization', kind: 'association' },
  { word: 'Union', label: 'Organization', kind: 'association' },
  { word: 'Agency', label: 'Organization', kind: 'agency' },
  { word: 'Authority', label: 'Organization', kind: 'agency' },
  { word: 'Ministry', label: 'Organization', kind: 'ministry' },
  { word: 'Department', label: 'Organization', kind: 'department' },
  { word: 'Office', label: 'Organization', kind: 'office' },
  { word: 'Secretariat', label: 'Organization', kind: 'secretariat' },
  { word: 'Centre', label: 'Organization', kind: 'centre' },
  { word: 'Center', label: 'Organization', kind: 'centre' },
  { word: 'Forum', label: 'Organization', kind: 'organization' },
  { word: 'Bank', label: 'Organization', kind: 'bank' },
  { word: 'University', label: 'Organization', kind: 'university' },
  { word: 'Organisation', label: 'Organization', kind: 'organization' },
  { word: 'Organization', label: 'Organization', kind: 'organization' },
  { word: 'Initiative', label: 'Project', kind: 'initiative' },
  { word: 'Programme', label: 'Project', kind: 'programme' },
  { word: 'Program', label: 'Project', kind: 'programme' },
  { word: 'Account', label: 'Project', kind: 'programme' },
  { word: 'Fund', label: 'Project', kind: 'fund' },
  { word: 'Facility', label: 'Project', kind: 'fund' },
  { word: 'Platform', label: 'Project', kind: 'platform' },
  { word: 'Label', label: 'EcoLabel', kind: 'ecolabel' },
  { word: 'Ecolabel', label: 'EcoLabel', kind: 'ecolabel' },
];
