import { PORTFOLIOS } from './lexicon/nameWords.js';
import type { EntityRegistry } from './registry.js';

// A department is a unit inside a body (认证一部, 国际合作部, 采购政策司, 消费与生产处), not a body
// of its own: its staff hold their positions in the body, and it attends nothing for it. A
// ministry (环境部, 财政和公共信贷部) is written the same way, and is told apart by what it is for.

/** What ministries are for beyond PORTFOLIOS' list: 农业农村部, 工业和信息化部, 住房和城乡建设部. */
const MINISTRY_ENDS = ['农村', '信息化', '城乡建设', '建设', '社会保障', '保障', '民政', '公安', '安全', '审计', '事务', '管理', '监察', '司法行政', '应急管理'];

/** Words that end a name in 部/处/司/室/科 and name no unit: 公司 is a company, 总部 a headquarters. */
const NOT_UNITS = /(?:公司|上司|总部|全部|内部|外部|之处|好处)$/u;

/**
 * Whether `name` is shaped like a unit's own words: two to six characters ending in 部, 处, 司, 室
 * or 科, with no body's name inside ("国合会秘书处" is the unit named with its body). After a body's
 * name this is a department even when it reads like a ministry (…促进局循环经济部).
 */
export function isUnitName(name: string): boolean {
  if (!/^[\p{Script=Han}]{2,6}$/u.test(name) || !/[部处司室科]$/u.test(name) || NOT_UNITS.test(name)) return false;
  return !/会|局|署|中心|组织|院|所|网络|联盟|基金|集团|大学|公司|政府/u.test(name.slice(0, -1));
}

/**
 * Whether `name` (a unit's own words, without the body in front) names a department: two to six
 * characters ending in 部, 处, 司, 室 or 科, not a ministry's portfolio (环境部) nor a ministry
 * joining two (财政和公共信贷部).
 */
export function isDepartmentName(name: string): boolean {
  if (!isUnitName(name)) return false;
  const stem = name.slice(0, -1);
  if (name.endsWith('部') && (/和/u.test(stem) || [...PORTFOLIOS, ...MINISTRY_ENDS].some((p) => stem.endsWith(p)))) return false;
  return stem.length >= 1;
}

/**
 * The unit's own words at the end of an organisation's name, when they name a department
 * ("中环联合标准研究部" -> "标准研究部", "越南环境总局国际合作司" -> "国际合作司"), with the body in front.
 * `head` says whether a prefix names a known body; otherwise a body's ending (局, 署, 中心…) marks where
 * the body's name stops.
 */
export function splitDepartment(name: string, head: (prefix: string) => boolean): { body: string; unit: string } | undefined {
  for (let k = Math.max(2, name.length - 6); k <= name.length - 2; k++) {
    const unit = name.slice(k);
    const body = name.slice(0, k);
    if (isUnitName(unit) && (head(body) || /(?:局|署|中心|协会|学会|研究院|研究所|委员会|基金会|组织|集团|促进会|理事会)$/u.test(body))) return { body, unit };
  }
  return undefined;
}

/**
 * Whether an organisation the text named is a department standing alone (认证一部, 标准部): found
 * in the text, not a body the gazetteer knows (科技部 is a ministry), named like a department, with
 * no body of its own in its name.
 */
export function isBareDepartment(registry: EntityRegistry, key: string): boolean {
  const draft = registry.peek(key);
  if (draft === undefined || draft.label !== 'Organization' || draft.gazetteer) return false;
  const name = registry.canonicalName(draft);
  return isDepartmentName(name) && !registry.parentOf(key) && !opensOnPlace(registry, name);
}

/**
 * "秘鲁生产部", "智利经济部": a name that opens on a country is that country's ministry or office, not
 * a department of some body, however short.
 */
export function opensOnPlace(registry: EntityRegistry, name: string): boolean {
  // Countries only: "亚洲事务部", "北京代表处" are units named for the region or city they cover.
  for (let k = 2; k <= Math.min(6, name.length - 2); k++) if (registry.gazetteer.lookup(name.slice(0, k), 'Place').some((p) => p.kind === 'country')) return true;
  return false;
}

/**
 * Whether a unit's own words (the part of its name after its body's) name an office inside the body:
 * 国际合作部, 消费与生产处, 绿色采购推进室. Its staff hold their positions in the body, the office kept in
 * the title (the annotation rule: internal offices fold into titleZh). A 司 or 总司 (采购政策司), a
 * 事业部, a secretariat or a representative office is a body of its own, as are 局, 署 and 中心.
 */
export function isInternalOffice(words: string): boolean {
  if (!/^[\p{Script=Han}]{1,8}$/u.test(words) || !/[部处室科]$/u.test(words) || NOT_UNITS.test(words)) return false;
  if (/(?:事业部|代表处|办事处|秘书处|联络处)$/u.test(words)) return false;
  return !/会|局|署|中心|组织|院|所|网络|联盟|基金|集团|大学|公司|政府|司/u.test(words.slice(0, -1));
}
