import type { Person } from '../context';

/**
 * Are two principals certainly different people? By ID number when both are given, else by
 * name when both are given; unknown (false) otherwise, so nothing fires on half-filled forms.
 */
export function differentPeople(a: Person, b: Person): boolean {
  const ia = a.idNumber.replace(/\s+/g, '');
  const ib = b.idNumber.replace(/\s+/g, '');
  if (ia && ib) return ia !== ib;
  if (a.name && b.name) return a.name.replace(/\s+/g, '') !== b.name.replace(/\s+/g, '');
  return false;
}

export function roleOf(p: Person): { zh: string; en: string } {
  if (p.website < 0) return { zh: '主体负责人', en: 'the subject principal' };
  return { zh: `第${p.website + 1}个网站的负责人`, en: `the principal of website ${p.website + 1}` };
}
