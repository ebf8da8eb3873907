import type { FieldValues } from '../../domain/draft-file';
import { WEBSITE_SUBKEYS, websiteKey } from '../../domain/field-keys';
import { computeCreditCodeCheckChar, computeIdCheckChar } from '../checksums';

const id = (first17: string) => first17 + computeIdCheckChar(first17);
const ID = id('11010519800101001');
const CODE = '91110108MA0000001' + computeCreditCodeCheckChar('91110108MA0000001');

/** A clean enterprise filing in Beijing: no rule fires on it (tests and timing). */
export const CLEAN_FIELDS: FieldValues = {
  'subject.province': '北京市',
  'subject.city': '市辖区',
  'subject.district': '海淀区',
  'subject.nature': '企业',
  'subject.certType': '营业执照',
  'subject.certNumber': CODE,
  'subject.name': '北京示例科技有限公司',
  'subject.certAddress': '北京市海淀区中关村大街1号',
  'subject.mailingAddress': '北京市海淀区中关村大街1号2层201室',
  'subject.investor': '北京示例科技有限公司',
  'subject.principal.name': '张三',
  'subject.principal.idType': '居民身份证',
  'subject.principal.idNumber': ID,
  'subject.principal.mobile': '13800138000',
  'subject.principal.phone': '086-010-62345678',
  'subject.principal.emergencyPhone': '13900139000',
  'subject.principal.email': 'zhangsan@example.com',
  'website.name': '示例科技官网',
  'website.domains': ['example.com'],
  'website.homepageUrl': 'http://www.example.com',
  'website.serviceContent': ['单位门户网站'],
  'website.language': ['中文简体'],
};

/**
 * A clean filing with at least `n` fields: the subject plus as many websites as needed, each
 * with its own domain and a principal of its own (distinct ID, mobile, email).
 */
export function largeDraft(n: number): FieldValues {
  const fields: FieldValues = { ...CLEAN_FIELDS };
  for (let i = 1; Object.keys(fields).length < n; i++) {
    const seq = String(i).padStart(3, '0');
    const values: Record<string, string | string[]> = {
      name: `示例科技第${i}站`,
      domains: [`example${i}.com`],
      homepageUrl: `http://www.example${i}.com`,
      serviceContent: ['单位门户网站'],
      language: ['中文简体'],
      preApproval: '',
      remarks: '',
      icpNumber: '',
      'principal.name': `李${i}`,
      'principal.idType': '居民身份证',
      'principal.idNumber': id(`11010819900101${seq}`),
      'principal.mobile': `137${String(i).padStart(8, '0')}`,
      'principal.phone': `086-010-6${String(i).padStart(7, '0')}`,
      'principal.emergencyPhone': `136${String(i).padStart(8, '0')}`,
      'principal.email': `li${i}@example${i}.com`,
    };
    for (const sub of WEBSITE_SUBKEYS) {
      const v = values[sub];
      if (v !== undefined) fields[websiteKey(i, sub)] = v;
    }
  }
  return fields;
}
