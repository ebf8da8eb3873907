import { cite } from '../facts/sources';
import { defineRule, type Problem } from './rule';

// Words a unit's site name may add to its full or short name.
const SITE_SUFFIX = /(官方网站|官网|网站|门户|主页)$/;

/** Is `name` the unit's full name or a short form of it (its characters, in order)? */
function isUnitName(name: string, unit: string): boolean {
  const core = name.replace(SITE_SUFFIX, '');
  if (!core) return false;
  let at = 0;
  for (const ch of core) {
    at = unit.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** Heilongjiang: a unit's site name is its full or short name. Shaanxi: site names in a filing differ. */
export const provinceSiteNames = defineRule({
  id: 'province-site-names',
  since: '2023-01-01',
  severity: 'warning',
  fields: ['website[*].name', 'subject.name', 'subject.province', 'subject.nature'],
  description: {
    zh: '黑龙江：单位网站名称须为单位全称或简称；陕西：同一主体的网站名称不能相同。',
    en: 'Heilongjiang: a unit’s website name must be its full or short name. Shaanxi: the websites of one subject need distinct names.',
  },
  messages: {
    unitName: {
      zh: '网站名称“{value}”不是主办单位“{unit}”的全称或简称。黑龙江管局要求单位网站以单位全称或简称命名。',
      en: 'Website name "{value}" is not the full or short name of "{unit}". Heilongjiang wants units’ websites named after the unit.',
    },
    duplicate: {
      zh: '网站名称“{value}”与第{other}个网站相同。陕西管局要求各网站名称不同。',
      en: 'Website name "{value}" is the same as website {other}’s. Shaanxi requires distinct website names.',
      severity: 'error',
    },
  },
  why: {
    zh: '不符合省管局命名要求的网站名称会被驳回。',
    en: 'Site names that break the provincial naming rule are rejected.',
  },
  sources: [cite('JD23', { en: 'Heilongjiang (site name = unit full or short name); Shaanxi (distinct site names)', zh: '黑龙江（网站名称为单位全称或简称）；陕西（网站名称互不相同）' })],
  check(ctx) {
    const province = ctx.province?.id;
    if (province !== 'hl' && province !== 'sn') return [];
    const out: Problem<'unitName' | 'duplicate'>[] = [];
    const unit = ctx.str('subject.name').replace(/\s+/g, '');
    const seen = new Map<string, number>();
    for (const i of ctx.websites) {
      const field = ctx.wk(i, 'name');
      const value = ctx.str(field).replace(/\s+/g, '');
      if (!value) continue;
      if (province === 'hl' && !ctx.isIndividual && unit && !isUnitName(value, unit)) out.push({ field, messageId: 'unitName', params: { value, unit: ctx.str('subject.name') } });
      const first = seen.get(value);
      if (province === 'sn' && first !== undefined) out.push({ field, fields: [field, ctx.wk(first, 'name')], messageId: 'duplicate', params: { value, other: first + 1 } });
      else seen.set(value, i);
    }
    return out;
  },
});
