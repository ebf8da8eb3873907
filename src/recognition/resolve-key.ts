/**
 * Turns a logical key (label-dictionary.ts) into a canonical key, given the section the
 * control sits in. Pure.
 */
import { websiteKey } from '../domain/field-keys';
import type { SectionKind } from './label-dictionary';

export type Section = SectionKind | 'none';

export function resolveKey(logical: string, section: Section, websiteIndex: number): string | undefined {
  if (logical.startsWith('secret.') || logical === 'subject.region') return undefined;
  const inWebsite = section === 'website' || section === 'websitePrincipal';
  if (logical.startsWith('subject.')) return logical;
  if (logical.startsWith('website.')) return websiteKey(websiteIndex, logical.slice('website.'.length));
  if (logical.startsWith('principal.')) {
    return inWebsite ? websiteKey(websiteIndex, logical) : `subject.${logical}`;
  }
  if (logical === 'cert.type' || logical === 'cert.number') {
    const sub = logical === 'cert.type' ? 'idType' : 'idNumber';
    if (section === 'subject' || section === 'none' || section === 'other') {
      return logical === 'cert.type' ? 'subject.certType' : 'subject.certNumber';
    }
    if (section === 'subjectPrincipal') return `subject.principal.${sub}`;
    return websiteKey(websiteIndex, `principal.${sub}`);
  }
  if (logical === 'remarks') return inWebsite ? websiteKey(websiteIndex, 'remarks') : 'subject.remarks';
  return undefined;
}
