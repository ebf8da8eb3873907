import type { MessageRouter } from '../messaging/router';

// Placeholder wiring point; the capability is built in its own issue.
export function registerSiteAccess(_router: MessageRouter): void {}
