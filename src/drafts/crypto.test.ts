import { describe, expect, it } from 'vitest';
import { decryptText, encryptText, EncryptedEnvelopeSchema, PBKDF2_MIN_ITERATIONS } from './crypto';

describe('passphrase encryption', () => {
  it('round-trips with the right passphrase; salt and iv are random per file', async () => {
    const plain = JSON.stringify({ format: 'icp-filing-draft', fields: { 'subject.name': '天津某某科技有限公司' } });
    const a = await encryptText(plain, '正确 horse battery');
    const b = await encryptText(plain, '正确 horse battery');
    expect(EncryptedEnvelopeSchema.parse(a)).toMatchObject({ format: 'icp-filing-draft-encrypted', version: 1, kdf: { name: 'PBKDF2', hash: 'SHA-256' } });
    expect(a.kdf.iterations).toBeGreaterThanOrEqual(PBKDF2_MIN_ITERATIONS);
    expect(a.salt).not.toBe(b.salt);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ciphertext).not.toContain('天津');
    expect(await decryptText(a, '正确 horse battery')).toBe(plain);
  });

  it('fails clearly with a wrong passphrase or a tampered file', async () => {
    const env = await encryptText('secret draft', 'right');
    await expect(decryptText(env, 'wrong')).rejects.toThrow(/Wrong passphrase/);
    await expect(decryptText(env, '')).rejects.toThrow(/enter its passphrase/);
    const bytes = atob(env.ciphertext);
    const flipped = String.fromCharCode(bytes.charCodeAt(0) ^ 1) + bytes.slice(1);
    await expect(decryptText({ ...env, ciphertext: btoa(flipped) }, 'right')).rejects.toThrow(/altered/);
  });

  it('refuses envelopes with a weak key derivation', () => {
    const weak = { format: 'icp-filing-draft-encrypted', version: 1, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 1000 }, salt: 'AA==', iv: 'AA==', ciphertext: 'AA==' };
    expect(EncryptedEnvelopeSchema.safeParse(weak).success).toBe(false);
  });
});
