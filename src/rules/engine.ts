import type { FieldValues, FilingType } from '../domain/draft-file';
import type { Finding } from '../domain/finding';

export interface RunRulesInput {
  fields: FieldValues;
  filingType?: FilingType;
  /** Judge by the rules in force on this day (default: today). */
  asOf?: Date | string;
}

/** Runs every rule in force on `asOf` over the fields. (Being built: rules engine issue.) */
export function runRules(_input: RunRulesInput): Finding[] {
  return [];
}
