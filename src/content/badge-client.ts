import { postToBackground } from '../messaging/post-to-background';
import type { badgeUpdate, FindingCounts } from './messages';

/**
 * Reports this frame's error and warning counts to the background (action badge). Only
 * changes are sent; a frame that never had findings stays silent unless it is the top
 * frame, whose first report (0) also clears a badge left from before a reload. `force`
 * re-sends after an SPA route change (the background clears the badge on navigation).
 */
export function createBadgeClient(isTopFrame: boolean): { publish(counts: FindingCounts, force?: boolean): void } {
  let last: FindingCounts | undefined;
  return {
    publish(counts, force = false) {
      if (!force && last && last.errors === counts.errors && last.warnings === counts.warnings) return;
      if (!last && !isTopFrame && counts.errors === 0 && counts.warnings === 0) return;
      last = counts;
      // The background may be restarting; the next change reports again.
      postToBackground<typeof badgeUpdate>('badge/update', counts).catch(() => {});
    },
  };
}
