import { cite } from '../facts/sources';
import { defineRule, type Problem } from './rule';
import { differentPeople } from './support/people';

const FINANCE = /投资管理|担保|典当|贷款|理财/;

/** Liaoning: units in finance-like trades file with the legal representative as both principals. */
export const liaoningFinancePrincipal = defineRule({
  id: 'liaoning-finance-principal',
  since: '2019-09-01',
  severity: 'warning',
  fields: ['subject.province', 'subject.name', 'subject.principal.name', 'subject.principal.idNumber', 'website[*].principal.name', 'website[*].principal.idNumber'],
  description: {
    zh: '辽宁：名称含投资管理、担保、典当、贷款、理财的单位，主体负责人和网站负责人都须为法定代表人。',
    en: 'Liaoning: for units whose name contains 投资管理, 担保, 典当, 贷款 or 理财, both the subject and website principals must be the legal representative.',
  },
  messages: {
    samePerson: {
      zh: '“{unit}”属于投资/担保/典当/贷款/理财类单位：辽宁管局要求主体负责人和网站负责人都是法定代表人，而{role}与主体负责人不是同一人。',
      en: '"{unit}" is a finance-type unit: Liaoning wants the legal representative as both subject and website principal, but {roleEn} differs from the subject principal.',
    },
  },
  why: {
    zh: '辽宁管局对金融类单位的负责人有专门要求，不符合会被驳回。',
    en: 'Liaoning has a special requirement for finance-type units; filings that miss it are rejected.',
  },
  sources: [cite('ALI19', '-prov 辽宁 (投资管理/担保/典当/贷款/理财)')],
  check(ctx) {
    if (ctx.province?.id !== 'ln' || ctx.isIndividual) return [];
    const unit = ctx.str('subject.name');
    if (!FINANCE.test(unit)) return [];
    const [subject, ...others] = ctx.people;
    const out: Problem<'samePerson'>[] = [];
    for (const p of others) {
      if (!subject || !differentPeople(subject, p)) continue;
      out.push({ field: `${p.prefix}.name`, fields: [`${p.prefix}.name`, 'subject.principal.name'], messageId: 'samePerson', params: { unit, role: `第${p.website + 1}个网站的负责人`, roleEn: `the principal of website ${p.website + 1}` } });
    }
    return out;
  },
});
