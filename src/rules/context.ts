import type { FieldValues, FilingType } from '../domain/draft-file';
import { websiteKey } from '../domain/field-keys';
import { findProvince, type Province } from '../facts/provinces';
import { subjectKindOf, type SubjectKind } from '../facts/subject-natures';
import { provinceOfAddress } from '../address/province-of-address';
import { normalizeHost, type NormalizedHost } from './support/domain';

/** A 负责人 (principal) of the filing, with the keys of their fields. */
export interface Person {
  /** Key prefix: `subject.principal`, `website.principal`, `website[1].principal`. */
  prefix: string;
  /** Website index, or -1 for the subject principal. */
  website: number;
  name: string;
  idType: string;
  idNumber: string;
  mobile: string;
  emergencyPhone: string;
  email: string;
}

/**
 * What a rule sees: the field values plus derived facts computed once per run (lazily, so
 * rules that never ask pay nothing).
 */
export class RuleContext {
  readonly websites: readonly number[];
  /** Website indexes with at least one non-empty field, and those with a principal field. */
  private readonly filledWebsites = new Set<number>();
  private readonly websitesWithPrincipal = new Set<number>();
  private readonly hosts = new Map<number, (NormalizedHost & { raw: string })[]>();
  private _province: Province | undefined | null = null;
  private _kind: SubjectKind | undefined | null = null;
  private _people: Person[] | null = null;
  private _mailing: string | null = null;

  constructor(
    readonly fields: FieldValues,
    readonly filingType: FilingType | undefined,
    /** ISO day the filing is judged on. */
    readonly asOf: string,
  ) {
    // One pass over the keys (no regex per key: this runs on every keystroke).
    const indexes = new Set<number>([0]);
    for (const key of Object.keys(fields)) {
      if (!key.startsWith('website')) continue;
      let index = 0;
      let rest = 8; // after "website."
      if (key.charCodeAt(7) === 91 /* [ */) {
        const close = key.indexOf(']', 8);
        if (close < 0) continue;
        const digits = key.slice(8, close);
        if (!INDEX_DIGITS.test(digits)) continue;
        index = Number(digits);
        rest = close + 2;
      }
      indexes.add(index);
      if (this.has(key)) {
        this.filledWebsites.add(index);
        if (key.startsWith('principal.', rest)) this.websitesWithPrincipal.add(index);
      }
    }
    this.websites = [...indexes].sort((a, b) => a - b);
  }

  /** Does website `index` have any non-empty field? */
  websiteStarted(index: number): boolean {
    return this.filledWebsites.has(index);
  }

  /** Has website `index` a principal of its own (any non-empty website principal field)? */
  hasWebsitePrincipal(index: number): boolean {
    return this.websitesWithPrincipal.has(index);
  }

  /** The domains of website `index`, normalised (memoised: several rules read them). */
  domainHosts(index: number): readonly (NormalizedHost & { raw: string })[] {
    let list = this.hosts.get(index);
    if (!list) {
      list = this.list(websiteKey(index, 'domains')).map((raw) => ({ raw, ...normalizeHost(raw) }));
      this.hosts.set(index, list);
    }
    return list;
  }

  /** Trimmed string value ('' when absent; a list gives its entries joined by a space). */
  str(key: string): string {
    const v = this.fields[key];
    if (typeof v === 'string') return v.trim();
    if (Array.isArray(v)) return v.join(' ').trim();
    return '';
  }

  /** List value: a string is split on commas, semicolons, whitespace and line breaks. */
  list(key: string): string[] {
    const v = this.fields[key];
    if (Array.isArray(v)) return v.map((s) => s.trim()).filter(Boolean);
    if (typeof v === 'string') return v.split(LIST_SPLIT).filter(Boolean);
    return [];
  }

  has(key: string): boolean {
    const v = this.fields[key];
    return typeof v === 'string' ? v.trim() !== '' : Array.isArray(v) ? v.some((s) => s.trim() !== '') : v === true;
  }

  /** `website.name` / `website[2].name`. */
  wk(index: number, sub: string): string {
    return websiteKey(index, sub);
  }

  /** The subject's province: the region select, else the province of the document address. */
  get province(): Province | undefined {
    if (this._province === null) {
      this._province =
        findProvince(this.str('subject.province')) ??
        provinceOfAddress(this.str('subject.province')) ??
        provinceOfAddress(this.str('subject.certAddress'));
    }
    return this._province;
  }

  /** The province chosen in the region select only (no inference). */
  get selectedProvince(): Province | undefined {
    const v = this.str('subject.province');
    return findProvince(v) ?? provinceOfAddress(v);
  }

  get subjectKind(): SubjectKind | undefined {
    if (this._kind === null) this._kind = subjectKindOf(this.str('subject.nature'));
    return this._kind;
  }

  get isIndividual(): boolean {
    return this.subjectKind === 'individual';
  }

  /**
   * The mailing address as one text. Forms may show the region as a fixed prefix and only let
   * the user type the street; the recogniser then joins them, but when only the street is
   * there, the region selects stand in for the prefix.
   */
  get mailingAddress(): string {
    if (this._mailing === null) this._mailing = this.str('subject.mailingAddress');
    return this._mailing;
  }

  /** The subject principal plus each website principal whose fields are present. */
  get people(): readonly Person[] {
    if (this._people === null) {
      const people: Person[] = [this.person('subject.principal', -1)];
      for (const i of this.websites) {
        if (this.websitesWithPrincipal.has(i)) people.push(this.person(i === 0 ? 'website.principal' : `website[${i}].principal`, i));
      }
      this._people = people;
    }
    return this._people;
  }

  private person(prefix: string, website: number): Person {
    return {
      prefix,
      website,
      name: this.str(`${prefix}.name`),
      idType: this.str(`${prefix}.idType`),
      idNumber: this.str(`${prefix}.idNumber`).toUpperCase(),
      mobile: this.str(`${prefix}.mobile`),
      emergencyPhone: this.str(`${prefix}.emergencyPhone`),
      email: this.str(`${prefix}.email`),
    };
  }
}

const INDEX_DIGITS = /^\d{1,6}$/;
const LIST_SPLIT = /[\s,，;；、]+/;

/** Principal key prefixes present among the fields (subject first, then websites in order). */
export function principalPrefixes(ctx: RuleContext): string[] {
  return ['subject.principal', ...ctx.websites.map((i) => (i === 0 ? 'website.principal' : `website[${i}].principal`))];
}
