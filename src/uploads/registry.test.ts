import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cameraJpeg, greyJpeg, screenPng, tinyPng } from '../../test/support/upload-images';
import { checkUpload, UPLOAD_RULES } from './registry';
import { factsOf, image, SLOW } from './rules/test-support';

describe('upload rules registry', () => {
  it('has unique ids, complete metadata and a case file per rule', () => {
    const ids = UPLOAD_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of UPLOAD_RULES) {
      expect(r.id).toMatch(/^upload-[a-z-]+$/);
      expect(r.description.zh && r.description.en && r.why.zh && r.why.en).toBeTruthy();
      expect(r.sources.length).toBeGreaterThan(0);
      expect(r.since).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const m of Object.values(r.messages)) expect(m.zh && m.en).toBeTruthy();
      expect(existsSync(fileURLToPath(new URL(`./rules/${r.id}.test.ts`, import.meta.url))), `${r.id}.test.ts`).toBe(true);
    }
  });

  it('cites seed 001 for the 200 KB floor and the JPG/PNG format', () => {
    for (const id of ['upload-min-size', 'upload-format']) expect(UPLOAD_RULES.find((r) => r.id === id)!.sources.join(' ')).toContain('seed-001');
  });

  it('the four generated images get exactly their findings', SLOW, () => {
    const rules = (bytes: Uint8Array) => checkUpload(factsOf(bytes, '2026-12-01', true), 'upload.id-card', 'id-card').map((f) => f.rule).sort();
    expect(rules(tinyPng())).toEqual(['upload-min-size', 'upload-pixel-size']);
    expect(rules(image('camera', () => cameraJpeg()))).toEqual([]);
    expect(rules(image('grey', greyJpeg))).toEqual(['upload-greyscale']);
    expect(rules(image('screen', screenPng))).toEqual(['upload-screenshot']);
  });

  it('findings look like the form rules’ (field, message with values, why, source)', () => {
    const [f] = checkUpload(factsOf(tinyPng()), 'upload.subject-certificate');
    expect(f).toMatchObject({ rule: 'upload-min-size', field: 'upload.subject-certificate', fields: ['upload.subject-certificate'], severity: 'error' });
    expect(f!.message.zh).toContain('0 KB');
    expect(f!.source).toContain('seed-001');
  });

  it('judges by the day: before 2023-09-01 there is no 200 KB floor', () => {
    expect(checkUpload(factsOf(tinyPng(), '2023-08-31'), 'x').map((f) => f.rule)).toEqual(['upload-pixel-size']);
  });
});
