import { certKindOf, type CertKind } from '../facts/cert-types';
import { cite } from '../facts/sources';
import { defineRule } from './rule';

const PERSONAL: ReadonlySet<CertKind> = new Set(['resident-id', 'passport', 'hk-macau-permit', 'taiwan-permit', 'hk-macau-residence', 'taiwan-residence', 'foreign-permanent', 'military']);
const UNIT: ReadonlySet<CertKind> = new Set(['credit-code', 'org-code']);

/** The subject's document type must fit its nature: people have IDs, units have unit certificates. */
export const certTypeNature = defineRule({
  id: 'cert-type-nature',
  since: '2019-02-19',
  severity: 'error',
  fields: ['subject.nature', 'subject.certType'],
  description: {
    zh: '主办单位证件类型须与主办单位性质相符：个人用身份证等个人证件，单位用营业执照等单位证件。',
    en: 'The subject document type must fit the subject type: individuals use an ID card or other personal document, units a business licence or other unit certificate.',
  },
  messages: {
    unitDocForPerson: {
      zh: '主办单位性质为“个人”，证件类型却是“{certType}”。个人备案请选择身份证等个人证件；个体工商户请按“企业”备案。性质、证件类型、证件号码在验证备案类型后无法修改。',
      en: 'The subject type is individual but the document type is "{certType}". Individuals choose an ID card or other personal document; sole proprietors (个体工商户) file as enterprises. Type, document type and number are locked once the filing type is verified.',
    },
    personDocForUnit: {
      zh: '主办单位性质为“{nature}”，证件类型却是“{certType}”（个人证件）。单位请选择营业执照、事业单位法人证书等单位证件。性质、证件类型、证件号码在验证备案类型后无法修改。',
      en: 'The subject type is "{nature}" but the document type "{certType}" is a personal document. Units choose a business licence or other unit certificate. Type, document type and number are locked once the filing type is verified.',
    },
  },
  why: {
    zh: '证件类型与性质不符的备案会被驳回；且验证备案类型后这些字段被锁定，只能放弃订单重新开始。',
    en: 'A document type that does not fit the subject type is rejected, and after the filing type is verified these fields are locked: the order has to be abandoned and restarted.',
  },
  sources: [cite('seed-003', '§2 step 1 (主办单位性质, 主办单位证件类型)'), cite('ALI19', '-form (性质、证件类型自动填充)'), cite('HW', { en: 'locked fields after 验证备案类型', zh: '验证备案类型后锁定的字段' }), cite('QC', { en: '个体工商户 file as enterprises', zh: '个体工商户按企业备案' })],
  check(ctx) {
    const kind = ctx.subjectKind;
    const certType = ctx.str('subject.certType');
    const cert = certKindOf(certType);
    if (!kind || !cert || kind === 'other') return [];
    const params = { certType, nature: ctx.str('subject.nature') };
    const fields = ['subject.certType', 'subject.nature'];
    if (kind === 'individual' && UNIT.has(cert)) return [{ field: 'subject.certType', fields, messageId: 'unitDocForPerson', params }];
    if (kind !== 'individual' && PERSONAL.has(cert)) return [{ field: 'subject.certType', fields, messageId: 'personDocForUnit', params }];
    return [];
  },
});
