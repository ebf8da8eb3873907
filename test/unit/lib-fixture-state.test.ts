/**
 * The state the component-library fixture pages report (`__icpFixture.getState()`): the
 * framework's raw values (codes) turned into what the user sees, keyed by canonical keys. The
 * restore e2e tests compare against it, so it must not hide a wrong value.
 */
import { describe, expect, it } from 'vitest';
import { regionNames, toState } from '../fixtures/libs/shared/expose';
import { ALL_FIELDS, REGION_KEYS } from '../fixtures/libs/shared/spec';

describe('library fixture page state', () => {
  it('lists every contract key once, empty when nothing is filled, and never an upload', () => {
    const state = toState({});
    const keys = ALL_FIELDS.flatMap((f) => (f.kind === 'upload' ? [] : f.kind === 'region' ? [...REGION_KEYS] : [f.key]));
    expect(Object.keys(state).sort()).toEqual([...keys].sort());
    expect(Object.keys(state).some((k) => k.startsWith('upload'))).toBe(false);
    expect(state['subject.nature']).toBe('');
    expect(state['website.language']).toEqual([]);
  });

  it('reads option codes as their labels, lists as lists of labels', () => {
    const state = toState({ subject_nature: '1', subject_certType: '4', subject_principal_idType: '2', website_language: ['en', 'zh-CN'], website_serviceContent: ['2'], website_preApproval: '0' });
    expect(state['subject.nature']).toBe('企业');
    expect(state['subject.certType']).toBe('身份证');
    expect(state['subject.principal.idType']).toBe('护照');
    expect(state['website.language']).toEqual(['英语', '中文简体']);
    expect(state['website.serviceContent']).toEqual(['单位门户网站']);
    expect(state['website.preApproval']).toBe('无');
  });

  it('keeps a value that is no option as it is (a wrong value stays visible)', () => {
    expect(toState({ subject_nature: '99' })['subject.nature']).toBe('99');
  });

  it('keeps labels as labels (checkboxes without value attributes)', () => {
    expect(toState({ website_serviceContent: ['网站建设'] })['website.serviceContent']).toEqual(['网站建设']);
  });

  it('reads the region from a path of codes, from the district code alone, or from names', () => {
    expect(regionNames(['440000', '440300', '440305'])).toEqual(['广东省', '深圳市', '南山区']);
    expect(regionNames(['440305'])).toEqual(['广东省', '深圳市', '南山区']);
    expect(regionNames(['北京市', '北京市', '朝阳区'])).toEqual(['北京市', '北京市', '朝阳区']);
    expect(regionNames(['330000'])).toEqual(['浙江省', '', '']);
    expect(regionNames([])).toEqual(['', '', '']);
    const state = toState({ subject_region: ['120000', '120100', '120104'] });
    expect([state['subject.province'], state['subject.city'], state['subject.district']]).toEqual(['天津市', '天津市', '南开区']);
  });

  it('reads text inputs as strings', () => {
    expect(toState({ subject_principal_mobile: '13800138000' })['subject.principal.mobile']).toBe('13800138000');
  });
});
