/**
 * Splits a region shown as one text ("天津市 天津市 南开区", "广东省 / 深圳市 / 南山区",
 * "北京市东城区") into province, city and district. Pure.
 */
const MUNICIPALITY_RE = /^(北京市|天津市|上海市|重庆市)(.*)$/;
const PROVINCE_RE = /^(.+?(?:省|自治区|特别行政区))(.*)$/;
const CITY_RE = /^(.+?(?:自治州|地区|盟|市))(.*)$/;

export function splitRegionText(text: string): [string?, string?, string?] {
  // Dropdown arrows (▼) separate like spaces.
  const parts = text.split(/\s*[\s/／>,，、|▼▾-]\s*/).filter(Boolean);
  if (parts.length >= 2) return [parts[0], parts[1], parts[2]];
  const one = parts[0];
  if (!one) return [];
  const muni = MUNICIPALITY_RE.exec(one);
  const m = muni ?? PROVINCE_RE.exec(one);
  if (!m) return [one];
  const [, province, rest] = m;
  if (!rest) return [province];
  const c = CITY_RE.exec(rest);
  if (c && c[2]) return [province, c[1], c[2]];
  // A municipality has no city level: the rest is its district.
  return muni ? [province, undefined, rest] : [province, rest];
}
