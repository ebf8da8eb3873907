import type { FieldValues, FilingType } from '../domain/draft-file';
import { websiteIndexes, websiteKey } from '../domain/field-keys';
import { findProvince, type Province } from '../facts/provinces';
import { subjectKindOf, type SubjectKind } from '../facts/subject-natures';
import { provinceOfAddress } from '../address/province-of-address';

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
    this.websites = websiteIndexes(Object.keys(fields));
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
        const prefix = i === 0 ? 'website.principal' : `website[${i}].principal`;
        if (PERSON_SUBS.some((s) => this.has(`${prefix}.${s}`))) people.push(this.person(prefix, i));
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

const LIST_SPLIT = /[\s,，;；、]+/;
const PERSON_SUBS = ['name', 'idType', 'idNumber', 'mobile', 'phone', 'emergencyPhone', 'email'] as const;

/** Principal key prefixes present among the fields (subject first, then websites in order). */
export function principalPrefixes(ctx: RuleContext): string[] {
  return ['subject.principal', ...ctx.websites.map((i) => (i === 0 ? 'website.principal' : `website[${i}].principal`))];
}
