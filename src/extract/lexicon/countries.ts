// Country names as they open the names of bodies based there ("中国美的公司", "德国联邦环境部"),
// one table. The gazetteer (seed/gazetteer/places.json) knows every country as a Place; this list
// is the short forms a writer puts in front of a body's name, which the located rule looks for.

export const COUNTRY_NAMES: readonly string[] = [
  '中国', '美国', '日本', '德国', '法国', '英国', '韩国', '泰国', '瑞典', '瑞士', '荷兰', '意大利', '澳大利亚', '加拿大', '新加坡', '新西兰', '俄罗斯', '印度', '巴西',
];

/** A country name at the start of a text. */
export const COUNTRY_AT_START = new RegExp(`^(?:${COUNTRY_NAMES.join('|')})`, 'u');

/** One-character forms of country names after a verb of travel: 访德 (visit Germany), 访华, 访日. */
export const COUNTRY_SHORT: readonly string[] = ['华', '德', '日', '美', '英', '法', '韩', '俄', '意', '澳', '加', '泰', '荷', '瑞', '印', '巴'];

/** The country a one-character form after 访 stands for, where it stands for one only (瑞 and 巴 do not). */
export const COUNTRY_OF_SHORT: Readonly<Record<string, string>> = {
  华: '中国', 德: '德国', 日: '日本', 美: '美国', 英: '英国', 法: '法国', 韩: '韩国', 俄: '俄罗斯', 意: '意大利', 澳: '澳大利亚', 加: '加拿大', 泰: '泰国', 荷: '荷兰', 印: '印度',
};
