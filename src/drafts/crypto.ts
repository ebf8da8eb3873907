import * as z from 'zod/mini';

/**
 * Optional passphrase encryption of exported drafts: AES-GCM-256 with a key from
 * PBKDF2-SHA-256 (OWASP 2023 minimum of 210,000 iterations), random salt and IV per file.
 * WebCrypto only: the same code runs in the popup, the options page and Node tests.
 */
export const ENCRYPTED_FORMAT = 'icp-filing-draft-encrypted';
export const PBKDF2_MIN_ITERATIONS = 210_000;
export const PBKDF2_ITERATIONS = 310_000;

const B64 = z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64'));

export const EncryptedEnvelopeSchema = z.object({
  format: z.literal(ENCRYPTED_FORMAT),
  version: z.literal(1),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.int().check(z.minimum(PBKDF2_MIN_ITERATIONS), z.maximum(10_000_000)),
  }),
  cipher: z._default(z.literal('AES-GCM'), 'AES-GCM'),
  salt: B64,
  iv: B64,
  ciphertext: B64,
});
export type EncryptedEnvelope = z.infer<typeof EncryptedEnvelopeSchema>;

export class DecryptError extends Error {
  override name = 'DecryptError';
}

export async function encryptText(plain: string, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<EncryptedEnvelope> {
  if (!passphrase) throw new Error('A passphrase is required to encrypt.');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations);
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plain));
  return {
    format: ENCRYPTED_FORMAT,
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations },
    cipher: 'AES-GCM',
    salt: toBase64(salt),
    iv: toBase64(iv),
    ciphertext: toBase64(new Uint8Array(ct)),
  };
}

/** Throws DecryptError with a message for the user when the passphrase is wrong. */
export async function decryptText(envelope: EncryptedEnvelope, passphrase: string): Promise<string> {
  if (!passphrase) throw new DecryptError('This file is encrypted: enter its passphrase.');
  const key = await deriveKey(passphrase, fromBase64(envelope.salt), envelope.kdf.iterations);
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(envelope.iv) }, key, fromBase64(envelope.ciphertext));
    return new TextDecoder().decode(plain);
  } catch {
    // AES-GCM authenticates: a wrong key and a tampered file fail the same way.
    throw new DecryptError('Wrong passphrase, or the file was altered: it could not be decrypted.');
  }
}

export function isEncryptedEnvelope(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === ENCRYPTED_FORMAT;
}

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

function fromBase64(s: string): Uint8Array<ArrayBuffer> {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
