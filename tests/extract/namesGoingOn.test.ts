import { describe, expect, it } from 'vitest';
import { discoverCandidates } from '../../src/extract/discover.js';
import { Gazetteer } from '../../src/extract/gazetteer.js';
import { loadGazetteer } from '../../src/extract/index.js';
import { partOfRule } from '../../src/extract/rules/partOfRule.js';
import { clauseRule } from '../../src/extract/rules/clauseRule.js';
import { seedDir } from '../support/seedGraph.js';
import { readWith } from './rules/readWith.js';

// A bracketed abbreviation INSIDE a longer name: 全称（ABBR）+ more name + a project or document word.
// Own sentences, about other bodies and programmes.
const empty = new Gazetteer([]);
const names = (sentence: string, g: Gazetteer = empty) => discoverCandidates(sentence, g).map((c) => `${c.label}:${c.name}`);

describe('a name going on after its bracket', () => {
  it('reads 计划（ABBR）+ place + 项目 as one project name', () => {
    expect(names('全球清洁炉灶计划（GCCP）肯尼亚项目，旨在推广高效炉灶。')).toContain('Project:全球清洁炉灶计划（GCCP）肯尼亚项目');
  });

  it('reads numbers, dashes and a second bracket inside a methodology name', async () => {
    const g = await loadGazetteer(seedDir);
    expect(names('联合国统计司（UNSD）发布可持续发展目标（SDG）6.3.2-水质监测（WQM）指数方法学，供各国使用。', g)).toEqual(
      expect.arrayContaining(['Organization:联合国统计司', 'Document:可持续发展目标（SDG）6.3.2-水质监测（WQM）指数方法学']),
    );
  });

  it('leaves an organisation’s bracket ending its name: the body and its project are two things', () => {
    const found = names('亚洲开发银行（ADB）越南清洁能源项目于2019年启动。');
    expect(found).toContain('Organization:亚洲开发银行');
    expect(found).not.toContain('Project:亚洲开发银行（ADB）越南清洁能源项目');
  });

  it('keeps the abbreviation with the first name when a verb or particle follows the bracket', async () => {
    const g = await loadGazetteer(seedDir);
    expect(names('工作组由世界资源研究所（WRI）牵头，多家机构共同组成。', g)).toEqual(['Organization:世界资源研究所']);
    expect(names('全球清洁炉灶计划（GCCP）和各国政府的合作项目已经启动。')).not.toContainEqual(expect.stringMatching(/（GCCP）.*项目/u));
    expect(names('全球清洁炉灶计划（GCCP）项目组在内罗毕召开会议。')).not.toContainEqual(expect.stringMatching(/（GCCP）.*项目/u));
  });

  it('makes the project PART_OF the known programme named inside it, and 该项目 the project', async () => {
    const r = await readWith([partOfRule, clauseRule], '项目进展', '联合国发展账户（UNDA）肯尼亚项目，旨在推进可持续公共采购，该项目由德国国际合作机构（GIZ）提供经费。');
    expect(r.facts('PART_OF')).toEqual(['联合国发展账户（UNDA）肯尼亚项目 -> 联合国发展账户']);
    expect(r.facts('FUNDED')).toEqual(['德国国际合作机构 -> 联合国发展账户（UNDA）肯尼亚项目']);
  });
});
