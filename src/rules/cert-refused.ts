import { cite } from '../facts/sources';
import type { RuleContext } from './context';
import { defineRule, type Problem } from './rule';

type Msg = 'temporaryId' | 'electronicLicence';

/** Temporary ID cards are refused here (ALI19-prov, 2019). */
const TEMPORARY_ID_REFUSED: readonly string[] = ['sh', 'nm', 'hi'];
/** Shanghai refuses electronic business licences (HW, 2025). */
const ELECTRONIC_LICENCE_SINCE = '2025-09-01';

const TEMPORARY = /临时/;
const ELECTRONIC = /电子/;

/** Documents some administrations refuse outright. */
export const certRefused = defineRule({
  id: 'cert-refused',
  since: '2019-09-01',
  severity: 'error',
  fields: ['subject.certType', 'subject.principal.idType', 'website[*].principal.idType', 'subject.province'],
  description: {
    zh: '上海、内蒙古、海南不受理临时身份证；上海不受理电子营业执照。',
    en: 'Shanghai, Inner Mongolia and Hainan refuse temporary ID cards; Shanghai refuses electronic business licences.',
  },
  messages: {
    temporaryId: {
      zh: '{province}管局不受理临时身份证，请使用正式居民身份证。',
      en: 'The {provinceEn} administration does not accept temporary ID cards; use a regular resident ID card.',
    },
    electronicLicence: {
      zh: '上海管局不受理电子营业执照，请上传纸质营业执照（原件彩色扫描件）。',
      en: 'Shanghai does not accept electronic business licences; use the paper licence (a colour scan of the original).',
    },
  },
  why: {
    zh: '管局不认可这些证件，备案会被驳回。',
    en: 'The administration does not recognise these documents; the filing is rejected.',
  },
  sources: [cite('ALI19', '-prov (SH, NM, HI: 临时身份证不予受理)'), cite('HW', 'Shanghai (电子营业执照不予受理)')],
  check(ctx) {
    const province = ctx.province;
    if (!province) return [];
    const out: Problem<Msg>[] = [];
    if (TEMPORARY_ID_REFUSED.includes(province.id)) {
      for (const key of idTypeKeys(ctx)) {
        if (TEMPORARY.test(ctx.str(key))) out.push({ field: key, messageId: 'temporaryId', params: { province: province.name, provinceEn: province.en } });
      }
    }
    if (province.id === 'sh' && ctx.asOf >= ELECTRONIC_LICENCE_SINCE) {
      const t = ctx.str('subject.certType');
      if (ELECTRONIC.test(t) && /执照/.test(t)) out.push({ field: 'subject.certType', messageId: 'electronicLicence' });
    }
    return out;
  },
});

function idTypeKeys(ctx: RuleContext): string[] {
  return ['subject.certType', 'subject.principal.idType', ...ctx.websites.map((i) => ctx.wk(i, 'principal.idType'))];
}
