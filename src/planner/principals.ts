/** The principals (负责人) of a draft and their contact details, read from canonical keys. */
import { websiteIndexes, websiteKey } from '../domain/field-keys';
import type { FieldValues } from '../domain/draft-file';

export interface Principal {
  role: 'subject' | 'website';
  /** Website index (0 for the subject principal and the first website). */
  index: number;
  /** Key prefix, e.g. `subject.principal`, `website[1].principal`. */
  prefix: string;
  /** Normalised mainland mobile, or the trimmed raw value when not recognisable. */
  mobile?: string;
  name?: string;
  idType?: string;
  idNumber?: string;
  /** True when the value was taken from the subject principal (individual filings). */
  inherited?: boolean;
}

function str(fields: FieldValues, key: string): string | undefined {
  const v = fields[key];
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return t === '' ? undefined : t;
}

/** `+86 138-0013-8000` → `13800138000`; anything else is returned trimmed. */
export function normaliseMobile(raw: string): string {
  const digits = raw.replace(/[\s\-()（）]/g, '');
  const m = /^(?:\+?86|0086)?(1\d{10})$/.exec(digits);
  return m ? m[1]! : raw.trim();
}

function readPerson(fields: FieldValues, role: Principal['role'], index: number, prefix: string): Principal {
  const mobile = str(fields, `${prefix}.mobile`);
  return {
    role,
    index,
    prefix,
    mobile: mobile === undefined ? undefined : normaliseMobile(mobile),
    name: str(fields, `${prefix}.name`),
    idType: str(fields, `${prefix}.idType`),
    idNumber: str(fields, `${prefix}.idNumber`),
  };
}

/** Individual filers: the website principal must be the subject principal (ALI19-form). */
export function isIndividual(fields: FieldValues): boolean {
  const nature = str(fields, 'subject.nature') ?? '';
  return /个人|individual/i.test(nature);
}

export function subjectPrincipal(fields: FieldValues): Principal {
  return readPerson(fields, 'subject', 0, 'subject.principal');
}

/** One per website present in the draft (always at least the first). */
export function websitePrincipals(fields: FieldValues): Principal[] {
  const subject = subjectPrincipal(fields);
  const individual = isIndividual(fields);
  return websiteIndexes(Object.keys(fields)).map((i) => {
    const p = readPerson(fields, 'website', i, websiteKey(i, 'principal'));
    if (individual && p.mobile === undefined && subject.mobile !== undefined) {
      return { ...p, mobile: subject.mobile, name: p.name ?? subject.name, idType: p.idType ?? subject.idType, idNumber: p.idNumber ?? subject.idNumber, inherited: true };
    }
    return p;
  });
}

/** A stable identity for "the same person": mobile, else ID number, else the key prefix. */
export function personIdentity(p: Principal): string {
  return p.mobile ?? p.idNumber ?? p.prefix;
}
