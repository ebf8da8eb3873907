import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatePhoneRegions } from '../../test/tools/gen-phone-regions';
import { areaCodeCities, mobileHomeProvince, VIRTUAL_OPERATOR_RE } from './phone-regions';

describe('phone regions (libphonenumber geocoding)', () => {
  // Regenerating walks a million prefixes: seconds on the shared machine.
  it('the generated table matches the dataset (run `npx tsx test/tools/gen-phone-regions.ts` after upgrading it)', { timeout: 60_000 }, () => {
    const committed = readFileSync(fileURLToPath(new URL('./phone-regions.generated.ts', import.meta.url)), 'utf8');
    expect(committed === generatePhoneRegions(), 'stale: run `npx tsx test/tools/gen-phone-regions.ts`').toBe(true);
    expect(Buffer.byteLength(committed)).toBeLessThan(40_000);
  });

  it.each([
    ['13820012345', 'tj'],
    ['15822012345', 'tj'],
    ['13611712345', 'sh'],
    ['13800138000', 'bj'],
    ['13912345678', 'js'],
  ])('%s → %s', (mobile, id) => {
    expect(mobileHomeProvince(mobile)?.id).toBe(id);
  });

  it('gives nothing for numbers it cannot place', () => {
    expect(mobileHomeProvince('19912345678')).toBeUndefined();
    expect(mobileHomeProvince('0535670076')).toBeUndefined();
  });

  it('names the cities of area codes', () => {
    expect(areaCodeCities('0535')).toBe('山东省烟台市');
    expect(areaCodeCities('010')).toBe('北京市');
    expect(areaCodeCities('0999999')).toBeUndefined();
  });

  it('knows the virtual operator segments', () => {
    expect(['17012345678', '17112345678', '16212345678', '16512345678', '16712345678'].every((m) => VIRTUAL_OPERATOR_RE.test(m))).toBe(true);
    expect(['13800138000', '17712345678', '16612345678'].some((m) => VIRTUAL_OPERATOR_RE.test(m))).toBe(false);
  });

  it('runtime code never imports the dataset package', () => {
    const runtime = readFileSync(fileURLToPath(new URL('./phone-regions.ts', import.meta.url)), 'utf8');
    expect(runtime).not.toMatch(/from '(?:libphonenumber|bson)/);
  });
});
