import type { MessageRouter } from '../messaging/router';

// Placeholder wiring point; the capability is built in its own issue.
export function registerDrafts(_router: MessageRouter): void {}
