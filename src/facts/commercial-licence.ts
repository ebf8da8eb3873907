/**
 * The ICP commercial licence (ICP经营许可证, "ICP证") for sites that sell goods or services
 * online (seed 003 §1, §9). It is applied for at the communications administration after the
 * ICP filing number is granted.
 */
import type { LocalizedText } from '../domain/localized';
import { cite } from './sources';

/** Words in a website's service content, name or pre-approval type that suggest e-commerce. */
export const COMMERCIAL_HINT_RE = /电子商务|电商|商城|网上购物|购物|交易平台|在线交易|网上销售|经营性|e-?commerce|online (?:shop|store|sales)|marketplace/i;

const CLAUSE_SPLIT_RE = /[，。；;,.!！?？\n]/;
// A negation before the hint in the same clause ("不涉及任何经营性内容", "no e-commerce").
const NEGATED_RE = /(?:不|无|没有|非(?!常)|未|禁止|拒绝|\bno\b|\bnot\b|\bwithout\b|\bnon-?)/i;

/**
 * Whether a text claims e-commerce: a hint word in a clause that does not negate it before
 * the hint (individual remarks routinely say "不涉及任何经营性内容").
 */
export function mentionsCommerce(text: string): boolean {
  if (!COMMERCIAL_HINT_RE.test(text)) return false;
  return text.split(CLAUSE_SPLIT_RE).some((clause) => {
    const m = COMMERCIAL_HINT_RE.exec(clause);
    return m !== null && !NEGATED_RE.test(clause.slice(0, m.index));
  });
}

/** Province-specific IP requirements for the licence application (seed 003 §9). */
export const COMMERCIAL_IP_NOTES: Readonly<Record<string, LocalizedText>> = {
  bj: { zh: '北京：合同 IP、网站 IP 与备案 IP 必须一致且为北京 IP。', en: 'Beijing: contract, website and filing IPs must match and be Beijing IPs.' },
  gd: { zh: '广东（深圳除外）：合同、网站与备案 IP 必须为广东 IP。', en: 'Guangdong (except Shenzhen): contract, website and filing IPs must be Guangdong IPs.' },
  ln: { zh: '辽宁：合同、网站与备案 IP 必须一致。', en: 'Liaoning: contract, website and filing IPs must match.' },
  sh: { zh: '上海：合同中的 IP 必须是网站实际 IP。', en: 'Shanghai: the IPs in the contract must be the website’s actual IPs.' },
  he: { zh: '河北：合同中的 IP 必须是网站实际 IP。', en: 'Hebei: the IPs in the contract must be the website’s actual IPs.' },
};

export const COMMERCIAL_LICENCE_SOURCES = [cite('seed-003', { en: '§1 Overview', zh: '第1节 概述' }), cite('seed-003', { en: '§9 ICP Commercial License filing links', zh: '第9节 ICP 经营许可证办理链接' })];

