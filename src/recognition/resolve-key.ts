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
    const type = logical === 'cert.type';
    // In a person's section the document is the person's ID.
    if (inWebsite || section === 'subjectPrincipal') return resolveKey(type ? 'principal.idType' : 'principal.idNumber', section, websiteIndex);
    return type ? 'subject.certType' : 'subject.certNumber';
  }
  if (logical === 'cert.validUntil') {
    return inWebsite || section === 'subjectPrincipal' ? resolveKey('principal.idValidUntil', section, websiteIndex) : 'subject.certValidUntil';
  }
  if (logical === 'remarks') return inWebsite ? websiteKey(websiteIndex, 'remarks') : 'subject.remarks';
  return undefined;
}
