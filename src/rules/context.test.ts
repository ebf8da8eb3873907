import { describe, expect, it } from 'vitest';
import { RuleContext } from './context';

describe('RuleContext', () => {
  it('finds website indexes, ignoring malformed keys', () => {
    const ctx = new RuleContext(
      { 'website.name': 'a', 'website[2].name': 'b', 'website[x].name': 'c', 'website[-1].name': 'd', 'website[3].domains': [] },
      undefined,
      '2026-06-01',
    );
    expect(ctx.websites).toEqual([0, 2, 3]);
    expect(ctx.websiteStarted(2)).toBe(true);
    expect(ctx.websiteStarted(3)).toBe(false);
  });

  it('reads strings and lists', () => {
    const ctx = new RuleContext({ 'website.domains': 'a.com, b.com；c.com', 'subject.name': '  x ', 'website.language': ['中文', ' '] }, 'new', '2026-06-01');
    expect(ctx.list('website.domains')).toEqual(['a.com', 'b.com', 'c.com']);
    expect(ctx.str('subject.name')).toBe('x');
    expect(ctx.list('website.language')).toEqual(['中文']);
    expect(ctx.has('website.language')).toBe(true);
    expect(ctx.has('subject.remarks')).toBe(false);
  });

  it('derives the province from the region select or the document address', () => {
    expect(new RuleContext({ 'subject.province': '广西' }, undefined, '2026-06-01').province?.id).toBe('gx');
    expect(new RuleContext({ 'subject.certAddress': '杭州市西湖区1号' }, undefined, '2026-06-01').province?.id).toBe('zj');
    expect(new RuleContext({}, undefined, '2026-06-01').province).toBeUndefined();
  });

  it('lists website principals only when they have fields of their own', () => {
    const ctx = new RuleContext({ 'subject.principal.name': '张三', 'website.name': 'x', 'website[1].principal.mobile': '13800138000' }, undefined, '2026-06-01');
    expect(ctx.people.map((p) => p.prefix)).toEqual(['subject.principal', 'website[1].principal']);
  });
});
