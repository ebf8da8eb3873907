import type { FieldValues } from '../domain/draft-file';
import { LocalizedTextSchema, type LocalizedText } from '../domain/localized';
import type { PlannedStep } from '../domain/step';
import { z } from 'zod';

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
const SenderSchema = z.object({ carrier: LocalizedTextSchema, number: z.string().optional() });
const ExtrasSchema = z.object({
  status: z.enum(['done', 'open', 'upcoming', 'overdue']).optional().catch(undefined),
  kind: z.enum(['action', 'wait', 'reminder']).optional().catch(undefined),
  senders: z.array(SenderSchema).optional().catch(undefined),
  enter: z.array(LocalizedTextSchema).optional().catch(undefined),
  idLast6: z.string().optional().catch(undefined),
  validityHours: z.number().optional().catch(undefined),
  site: z.object({ url: z.string(), entry: LocalizedTextSchema, approximate: z.boolean().optional() }).optional().catch(undefined),
  expectedAt: z.string().optional().catch(undefined),
  resendAt: z.string().optional().catch(undefined),
  expected: z
    .object({ minWorkingDays: z.number(), maxWorkingDays: z.number(), earliest: z.string().optional(), latest: z.string().optional() })
    .optional()
    .catch(undefined),
  requirements: z.array(LocalizedTextSchema).optional().catch(undefined),
  notes: z.array(LocalizedTextSchema).optional().catch(undefined),
});
export type StepExtras = z.infer<typeof ExtrasSchema>;

export function stepExtras(step: PlannedStep): StepExtras {
  const r = ExtrasSchema.safeParse(step);
  return r.success ? r.data : {};
}

/** Keeps the type import used where only LocalizedText lists are built. */
export type { LocalizedText };
