import { describe, expect, it } from 'vitest';
import { originOf, sitePattern, siteScriptId } from './site-pattern';
import { badgeLook } from '../background/badge-look';
import { providerOfHost } from './recognize-page';

describe('site activation naming', () => {
  it('derives origin, match pattern (no port) and script id', () => {
    expect(originOf('https://beian.example.com/a/b?c#d')).toBe('https://beian.example.com');
    expect(originOf('http://127.0.0.2:8080/x')).toBe('http://127.0.0.2:8080');
    expect(originOf('chrome://extensions')).toBeNull();
    expect(originOf('not a url')).toBeNull();
    expect(sitePattern('http://127.0.0.2:8080')).toBe('http://127.0.0.2/*');
    expect(siteScriptId('https://beian.example.com')).toBe('site-https://beian.example.com');
  });
});

describe('badge look', () => {
  it('shows the error count, nothing without errors, and both counts in the title', () => {
    expect(badgeLook({ errors: 3, warnings: 1 }, 'en-US')).toMatchObject({ text: '3', title: 'ICP Filing Helper: 3 errors, 1 warning' });
    expect(badgeLook({ errors: 0, warnings: 2 }, 'zh-CN')).toMatchObject({ text: '', title: 'ICP备案助手: 0 个错误，2 个注意事项' });
    expect(badgeLook({ errors: 120, warnings: 0 }, 'en').text).toBe('99+');
  });
});

describe('provider of a host', () => {
  it('finds the provider of a built-in filing host only', () => {
    expect(providerOfHost('beian.aliyun.com')).toBe('aliyun');
    expect(providerOfHost('console.cloud.tencent.com')).toBe('tencent');
    expect(providerOfHost('127.0.0.1')).toBeUndefined();
  });
});
