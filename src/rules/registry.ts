import { addressSameCity } from './address-same-city';
import { addressSameProvince } from './address-same-province';
import { certFormat } from './cert-format';
import { certRefused } from './cert-refused';
import { certValidity } from './cert-validity';
import { certTypeNature } from './cert-type-nature';
import { contact1Mobile } from './contact1-mobile';
import { creditCode } from './credit-code';
import { domainFormat } from './domain-format';
import { domainSuffix } from './domain-suffix';
import { duplicateDomain } from './duplicate-domain';
import { email } from './email';
import { emergencyPhone } from './emergency-phone';
import { homepageOnDomain } from './homepage-on-domain';
import { icpNumberProvince } from './icp-number-province';
import { icpNumberFormat } from './icp-number-format';
import { individualRemarks } from './individual-remarks';
import { individualSamePrincipal } from './individual-same-principal';
import { individualServiceContent } from './individual-service-content';
import { localId } from './local-id';
import { changeNotAllowed } from './change-not-allowed';
import { foreignPrincipal } from './foreign-principal';
import { liaoningFinancePrincipal } from './liaoning-finance-principal';
import { provinceSiteNames } from './province-site-names';
import { severalDomainsRemark } from './several-domains-remark';
import { tianjinDistrict } from './tianjin-district';
import { tianjinAgeLimit } from './tianjin-age-limit';
import { localMobile } from './local-mobile';
import { virtualOperatorMobile } from './virtual-operator-mobile';
import { principalAge } from './principal-age';
import { websiteLanguage } from './website-language';
import { websitePrincipalTianjin } from './website-principal-tianjin';
import { websitesPerOrder } from './websites-per-order';
import { idNumber } from './id-number';
import { mailingAddressRepeatsRegion } from './mailing-address-repeats-region';
import { officePhoneFormat } from './office-phone-format';
import { officePhoneAreaCode } from './office-phone-area-code';
import { oneDomainPerWebsite } from './one-domain-per-website';
import { requiredField } from './required-field';
import type { Rule } from './rule';
import { sharedEmail } from './shared-email';
import { sharedMobile } from './shared-mobile';
import { streetNumber } from './street-number';
import { websiteName } from './website-name';

/** Every rule, in the order findings are reported. Ids are public: add, never rename. */
export const RULES: readonly Rule[] = [
  // subject
  idNumber,
  creditCode,
  certFormat,
  certTypeNature,
  certRefused,
  certValidity,
  addressSameProvince,
  addressSameCity,
  streetNumber,
  mailingAddressRepeatsRegion,
  tianjinDistrict,
  changeNotAllowed,
  // people
  contact1Mobile,
  virtualOperatorMobile,
  localMobile,
  officePhoneFormat,
  officePhoneAreaCode,
  emergencyPhone,
  sharedMobile,
  email,
  sharedEmail,
  individualSamePrincipal,
  principalAge,
  tianjinAgeLimit,
  localId,
  websitePrincipalTianjin,
  foreignPrincipal,
  liaoningFinancePrincipal,
  // websites
  websiteName,
  provinceSiteNames,
  websiteLanguage,
  individualRemarks,
  individualServiceContent,
  websitesPerOrder,
  domainFormat,
  domainSuffix,
  oneDomainPerWebsite,
  severalDomainsRemark,
  duplicateDomain,
  homepageOnDomain,
  icpNumberFormat,
  icpNumberProvince,
  // completeness
  requiredField,
] as Rule[];
