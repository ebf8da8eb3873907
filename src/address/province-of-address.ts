import { PROVINCES, type Province, provinceById } from '../facts/provinces';
import { PREFECTURES, UNIQUE_COUNTIES } from '../facts/prefectures.generated';

/**
 * The province a free-text Chinese address is in, from how it starts: a province's full or
 * short name (`浙江省…`, `内蒙古…`, `广西…`), a prefecture-level city with or without its suffix
 * (`杭州市西湖区…`, `杭州西湖区…`), or a county-level city / municipality district whose name is
 * unique nationwide (`昆山市…`, `浦东新区…`). Returns undefined when the start is unknown or
 * ambiguous (`朝阳区…` exists in Beijing and Changchun): a wrong guess would raise a false alarm.
 */
export function provinceOfAddress(address: string | undefined): Province | undefined {
  return divisionOfAddress(address)?.province;
}

/**
 * Province and, when the address starts with one, the prefecture-level city (full name, e.g.
 * 杭州市). Municipalities and county-level starts give no prefecture.
 */
export function divisionOfAddress(address: string | undefined): { province: Province; prefecture?: string } | undefined {
  if (!address) return undefined;
  const text = normalize(address);
  if (!text) return undefined;
  for (let len = Math.min(MAX_LEN, text.length); len >= 2; len--) {
    const hit = TABLE.get(text.slice(0, len));
    if (hit === undefined) continue;
    if (hit === AMBIGUOUS) return undefined;
    // A bare short name followed by 区/县… is a district of that name, not the city (朝阳区 ≠ 朝阳市).
    if (hit.bare && DISTRICT_SUFFIX.has(text.charAt(len))) continue;
    const province = provinceById(hit.id);
    if (!province) return undefined;
    if (hit.prefecture) return { province, prefecture: hit.prefecture };
    if (!hit.isProvince) return { province };
    // After the province name, the prefecture may follow (浙江省杭州市…).
    const rest = divisionOfAddress(text.slice(len));
    return rest && rest.province.id === province.id && rest.prefecture ? { province, prefecture: rest.prefecture } : { province };
  }
  const en = ASCII_ONLY.test(address) ? provinceOfEnglishAddress(address) : undefined;
  return en ? { province: en } : undefined;
}

/** English addresses name the province anywhere ("…, Hangzhou, Zhejiang"); Shanxi ≠ Shaanxi. */
function provinceOfEnglishAddress(text: string): Province | undefined {
  const words = text.toLowerCase().replace(/[^a-z]+/g, ' ');
  const found = new Set<string>();
  for (const [name, id] of ENGLISH) if (` ${words} `.includes(` ${name} `)) found.add(id);
  return found.size === 1 ? provinceById([...found][0]!) : undefined;
}

/** Does the text name the province anywhere (full or short name)? Used for repeated-region checks. */
export function provinceNames(p: Province): readonly string[] {
  return NAMES_BY_ID.get(p.id) ?? [p.name, p.short];
}

/** Short form of a division name: 杭州市 → 杭州, 延边朝鲜族自治州 → 延边, 兴安盟 → 兴安. */
export function shortDivisionName(name: string): string {
  let s = name.replace(/(市|地区|盟|自治州|特别行政区|省|自治区)$/, '');
  // Strip trailing ethnic names (蒙古族, 朝鲜族, 维吾尔…) of autonomous divisions.
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of ETHNIC) {
      if (s.length > e.length + 1 && s.endsWith(e)) {
        s = s.slice(0, -e.length);
        changed = true;
      }
    }
  }
  return s;
}

interface Hit {
  id: string;
  /** Matched a name without its administrative suffix. */
  bare: boolean;
  /** The prefecture-level city the key names (full name). */
  prefecture?: string;
  isProvince?: boolean;
}
const AMBIGUOUS = 'ambiguous' as const;

const ETHNIC = [
  '蒙古族', '蒙古', '藏族', '维吾尔', '回族', '苗族', '彝族', '壮族', '布依族', '朝鲜族', '满族', '侗族', '瑶族',
  '白族', '土家族', '哈尼族', '哈萨克', '哈萨克族', '傣族', '黎族', '傈僳族', '佤族', '畲族', '拉祜族', '水族',
  '东乡族', '纳西族', '景颇族', '柯尔克孜', '柯尔克孜族', '土族', '羌族', '仡佬族', '锡伯族', '普米族', '怒族',
  '独龙族', '阿昌族', '德昂族',
];
const ASCII_ONLY = /^[\x20-\x7e]+$/;
const ENGLISH: readonly [string, string][] = [
  ...PROVINCES.map((p): [string, string] => [p.en.toLowerCase().replace(/\s*\(.*\)/, ''), p.id]),
  ['xizang', 'xz'],
  ['nei mongol', 'nm'],
];
const DISTRICT_SUFFIX = new Set(['区', '县', '旗', '镇', '乡', '州']);
const MAX_LEN = 12;
const PREFIX_NOISE = /^(中华人民共和国|中国大陆|中国)/;
const SPACE = /[\s\u3000]+/g;

function normalize(address: string): string {
  return address.replace(SPACE, '').replace(PREFIX_NOISE, '');
}

const NAMES_BY_ID = new Map<string, string[]>();
const TABLE: Map<string, Hit | typeof AMBIGUOUS> = buildTable();

function buildTable(): Map<string, Hit | typeof AMBIGUOUS> {
  const table = new Map<string, Hit | typeof AMBIGUOUS>();
  const provinceKeys = new Set<string>();
  const add = (key: string, id: string, bare: boolean, prefecture?: string) => {
    if (key.length < 2 || key.length > MAX_LEN) return;
    if (provinceKeys.has(key)) return; // a province name always wins (海南省 over 海南藏族自治州)
    const prev = table.get(key);
    if (prev === undefined) table.set(key, prefecture ? { id, bare, prefecture } : { id, bare });
    else if (prev !== AMBIGUOUS && (prev.id !== id || prev.prefecture !== prefecture)) table.set(key, AMBIGUOUS);
  };
  for (const p of PROVINCES) {
    const names = [p.name, p.short];
    NAMES_BY_ID.set(p.id, names);
    for (const n of names) {
      table.set(n, { id: p.id, bare: false, isProvince: true });
      provinceKeys.add(n);
    }
  }
  for (const [id, list] of Object.entries(PREFECTURES)) {
    for (const name of list.split('|')) {
      add(name, id, false, name);
      const short = shortDivisionName(name);
      if (short !== name) add(short, id, true, name);
      // People write autonomous prefectures as 延边州, 恩施州.
      if (name.endsWith('自治州')) add(`${short}州`, id, false, name);
    }
  }
  for (const [id, list] of Object.entries(UNIQUE_COUNTIES)) {
    for (const name of list.split('|')) add(name, id, false);
  }
  return table;
}
