import { addressSameProvince } from './address-same-province';
import { contact1Mobile } from './contact1-mobile';
import { creditCode } from './credit-code';
import { domainFormat } from './domain-format';
import { domainSuffix } from './domain-suffix';
import { duplicateDomain } from './duplicate-domain';
import { email } from './email';
import { homepageOnDomain } from './homepage-on-domain';
import { icpNumberProvince } from './icp-number-province';
import { idNumber } from './id-number';
import { oneDomainPerWebsite } from './one-domain-per-website';
import type { Rule } from './rule';
import { streetNumber } from './street-number';

/** Every rule, in the order findings are reported. Ids are public: add, never rename. */
export const RULES: readonly Rule[] = [
  // subject
  idNumber,
  creditCode,
  addressSameProvince,
  streetNumber,
  // people
  contact1Mobile,
  email,
  // websites
  domainFormat,
  domainSuffix,
  oneDomainPerWebsite,
  duplicateDomain,
  homepageOnDomain,
  icpNumberProvince,
] as Rule[];
