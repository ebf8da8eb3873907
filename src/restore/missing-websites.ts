import { websiteIndexes } from '../domain/field-keys';

/** Website indexes (> 0) the draft has values for but the page does not show yet. */
export function missingWebsiteIndexes(draftKeys: string[], pageKeys: string[]): number[] {
  const shown = new Set(websiteIndexes(pageKeys));
  return websiteIndexes(draftKeys).filter((i) => i > 0 && !shown.has(i));
}
