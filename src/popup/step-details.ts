import type { FieldValues } from '../domain/draft-file';
import { LocalizedTextSchema, type LocalizedText } from '../domain/localized';
import type { PlannedStep } from '../domain/step';
import * as z from 'zod/mini';

/** Which principal a mobile number belongs to in the draft, and that person's ID number. */
export function principalForMobile(
  fields: FieldValues,
  mobile: string | undefined,
): { who: 'subject-principal' | 'website-principal'; idNumber?: string; name?: string } | null {
  if (!mobile) return null;
  for (const [key, value] of Object.entries(fields)) {
    const m = /^(subject|website(?:\[\d+\])?)\.principal\.mobile$/.exec(key);
    if (!m || typeof value !== 'string' || value.replace(/\D/g, '') !== mobile.replace(/\D/g, '')) continue;
    const prefix = m[1]!;
    const id = fields[`${prefix}.principal.idNumber`];
    const name = fields[`${prefix}.principal.name`];
    return {
      who: prefix === 'subject' ? 'subject-principal' : 'website-principal',
      ...(typeof id === 'string' && id.trim() ? { idNumber: id.trim() } : {}),
      ...(typeof name === 'string' && name.trim() ? { name: name.trim() } : {}),
    };
  }
  return null;
}

/** Last six characters of an ID number (what the MIIT SMS site asks for). */
export function idTail(idNumber: string | undefined): string | undefined {
  const s = (idNumber ?? '').replace(/\s/g, '');
  return s.length >= 6 ? s.slice(-6) : undefined;
}

// The planner's optional extras (PlannerStep in src/planner/types.ts; PlannedStep is
// `.loose()`). Read defensively: a step without them still renders.
const SenderSchema = z.object({ carrier: LocalizedTextSchema, number: z.optional(z.string()) });
const ExtrasSchema = z.object({
  status: z.catch(z.optional(z.enum(['done', 'open', 'upcoming', 'overdue'])), undefined),
  kind: z.catch(z.optional(z.enum(['action', 'wait', 'reminder'])), undefined),
  senders: z.catch(z.optional(z.array(SenderSchema)), undefined),
  enter: z.catch(z.optional(z.array(LocalizedTextSchema)), undefined),
  idLast6: z.catch(z.optional(z.string()), undefined),
  validityHours: z.catch(z.optional(z.number()), undefined),
  site: z.catch(z.optional(z.object({ url: z.string(), entry: LocalizedTextSchema, approximate: z.optional(z.boolean()) })), undefined),
  expectedAt: z.catch(z.optional(z.string()), undefined),
  resendAt: z.catch(z.optional(z.string()), undefined),
  expected: z.catch(
    z.optional(z.object({ minWorkingDays: z.number(), maxWorkingDays: z.number(), earliest: z.optional(z.string()), latest: z.optional(z.string()) })),
    undefined,
  ),
  requirements: z.catch(z.optional(z.array(LocalizedTextSchema)), undefined),
  notes: z.catch(z.optional(z.array(LocalizedTextSchema)), undefined),
});
export type StepExtras = z.infer<typeof ExtrasSchema>;

export function stepExtras(step: PlannedStep): StepExtras {
  const r = ExtrasSchema.safeParse(step);
  return r.success ? r.data : {};
}

/** Keeps the type import used where only LocalizedText lists are built. */
export type { LocalizedText };
