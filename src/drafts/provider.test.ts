import { describe, expect, it } from 'vitest';
import { missingWebsiteIndexes } from '../restore/missing-websites';
import { providerForUrl } from './provider';
import { deriveDraftName, expiresAt } from './summary';

describe('providerForUrl', () => {
  it('maps filing hosts to providers and anything else to other', () => {
    expect(providerForUrl('https://beian.aliyun.com/pcContainer/subject')).toBe('aliyun');
    expect(providerForUrl('https://console.cloud.tencent.com/beian/manage')).toBe('tencent');
    expect(providerForUrl('https://console.jdcloud.com/beian/x')).toBe('jdcloud');
    expect(providerForUrl('http://beian.aliyun.com/')).toBe('other');
    expect(providerForUrl('https://console.cloud.tencent.com/cvm')).toBe('other');
    expect(providerForUrl('http://127.0.0.1:8080/subject.html')).toBe('other');
    expect(providerForUrl('not a url')).toBe('other');
  });
});

describe('draft names and expiry', () => {
  it('derives a name people can tell apart: subject name · domain · provider, else provider and date', () => {
    expect(deriveDraftName({ 'subject.name': ' 某某公司 ', 'website.name': 'W' }, 'aliyun', '2026-11-22T00:00:00Z')).toBe('某某公司 · 阿里云');
    expect(deriveDraftName({ 'subject.name': '某某公司', 'website.domains': ['a.cn', 'b.cn'] }, 'aliyun', '2026-11-22T00:00:00Z')).toBe('某某公司 · a.cn · 阿里云');
    expect(deriveDraftName({ 'website.name': 'W', 'website.domains': 'w.cn' }, 'other', '2026-11-22T00:00:00Z')).toBe('W · w.cn');
    expect(deriveDraftName({ 'website.domains': ['', 'example.cn'] }, 'tencent', '2026-11-22T00:00:00Z')).toBe('example.cn · 腾讯云');
    expect(deriveDraftName({}, 'tencent', '2026-11-22T00:00:00Z')).toBe('腾讯云 2026-11-22');
    expect(deriveDraftName({}, 'other', '2026-11-22T00:00:00Z')).toBe('备案草稿 2026-11-22');
  });
  it('computes the expiry date; 0 keeps forever', () => {
    expect(expiresAt('2026-01-01T00:00:00.000Z', 90)?.toISOString()).toBe('2026-04-01T00:00:00.000Z');
    expect(expiresAt('2026-01-01T00:00:00.000Z', 0)).toBeUndefined();
  });
});

describe('missingWebsiteIndexes', () => {
  it('lists the draft’s extra websites the page does not show yet', () => {
    const draft = ['website.name', 'website[1].name', 'website[1].domains', 'website[3].principal.mobile', 'subject.name'];
    expect(missingWebsiteIndexes(draft, ['website.name', 'website.domains'])).toEqual([1, 3]);
    expect(missingWebsiteIndexes(draft, ['website.name', 'website[1].name'])).toEqual([3]);
    expect(missingWebsiteIndexes(['subject.name'], ['website.name'])).toEqual([]);
  });
});
