import { describe, expect, it } from 'vitest';
import { jpg, png, withExif } from '../../test/support/upload-images';
import { readExif } from './exif';
import { sniffImage } from './sniff';
import { documentKindOf } from './document-of-control';

describe('sniffImage and readExif', () => {
  it('reads format and pixel size from the headers', () => {
    expect(sniffImage(png(33, 21))).toEqual({ format: 'png', width: 33, height: 21 });
    expect(sniffImage(jpg(40, 30))).toEqual({ format: 'jpeg', width: 40, height: 30 });
    expect(sniffImage(withExif(jpg(40, 30), { make: 'A', model: 'B' }))).toEqual({ format: 'jpeg', width: 40, height: 30 });
  });

  it('reads camera, software and the date taken', () => {
    const b = withExif(jpg(8, 8), { make: 'Xiaomi', model: 'Redmi', software: 'MIUI', taken: '2025-01-02' });
    expect(readExif(b)).toEqual({ make: 'Xiaomi', model: 'Redmi', software: 'MIUI', taken: '2025-01-02' });
    expect(readExif(jpg(8, 8))).toBeUndefined();
    expect(readExif(png(8, 8))).toBeUndefined();
  });

  it('never throws on damaged or hostile bytes', () => {
    const good = withExif(jpg(8, 8), { make: 'Xiaomi', model: 'Redmi', taken: '2025-01-02' });
    let seed = 1;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let i = 0; i < 300; i++) {
      const b = good.slice(0, 20 + Math.floor(rnd() * good.length));
      for (let k = 0; k < 8; k++) b[Math.floor(rnd() * b.length)] = Math.floor(rnd() * 256);
      expect(() => sniffImage(b)).not.toThrow();
      expect(() => readExif(b)).not.toThrow();
    }
    expect(sniffImage(new Uint8Array())).toEqual({ format: 'unknown' });
  });
});

describe('documentKindOf: the providers’ wording', () => {
  it.each([
    ['营业执照', 'subject-certificate'],
    ['主体证件', 'subject-certificate'],
    ['身份证人像面', 'id-card'],
    ['上传负责人证件（国徽面）', 'id-card'],
    ['法定代表人身份证', 'legal-rep-id'],
    ['网站备案信息真实性核验单', 'authenticity-statement'],
    ['授权书', 'authorisation-letter'],
    ['域名证书', 'domain-certificate'],
    ['前置审批文件', 'pre-approval'],
    ['居住证', 'residence-proof'],
    ['党政机关确认函', 'party-confirmation'],
    ['党建证明', 'party-building-proof'],
    ['ICP备案信息真实性责任告知书', 'responsibility-notice'],
    ['上海市互联网信息服务备案承诺书', 'commitment-letter'],
    ['Business licence', 'subject-certificate'],
    ['Authenticity statement', 'authenticity-statement'],
    ['证件照片', 'id-card'],
    ['主办单位负责人信息', 'id-card'],
  ] as const)('%s → %s', (text, kind) => {
    expect(documentKindOf(text)).toBe(kind);
  });
  it('names nothing for unrelated text', () => {
    expect(documentKindOf('点击上传')).toBeUndefined();
  });
});
