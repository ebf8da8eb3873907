import { STAGES } from '../planner/stages';
import type { ProcessStage } from './services-types';

/** The provider process bar's stages (no planner code: the first render draws it too). */
export function stageList(): ProcessStage[] {
  return STAGES.map((s) => ({ id: s.id, label: s.title }));
}
