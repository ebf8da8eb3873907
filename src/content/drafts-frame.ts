import browser from 'webextension-polyfill';
import { createHelperHost } from '../ui/helper-host';
import { setObstacle } from '../ui/overlay-obstacles';

/**
 * The drafts' UI in the page: one iframe showing an extension page (src/restore-prompt: the
 * restore prompt and the storage-problem notice). The page can neither read what it shows
 * (other drafts' names and values) nor click it, as it could in a shadow root. The iframe sits
 * in a zero-sized fixed host carrying `data-icp-helper` (the form session ignores it), in a
 * closed shadow root so page CSS and scripts cannot reach it; it is added only while there is
 * something to show. The page can still style the host itself (opacity, overlays): the prompt
 * page refuses clicks while it is not fully visible (src/restore-prompt/visibility.ts).
 */
export function createDraftsFrame(doc: Document) {
  let host: HTMLElement | undefined;
  let frame: HTMLIFrameElement | undefined;
  /** Like a dialog: focus moves in when the prompt first shows (unless the user is in a field) and back when it closes. */
  let focusedIn = false;

  return {
    /** Shows the frame for `token` (routes its messages to this script) at `height` (0: hidden). */
    show(token: string, height: number): void {
      if (!host?.isConnected || !frame) {
        // Zero-sized fixed layer: the page's layout never moves. `all` resets the page's and
        // the popover's default styles (border, padding, background). The shadow root is
        // closed: the page cannot restyle, hide or overlay the frame from inside it.
        const made = createHelperHost(doc, 'drafts', 'closed', 'all:initial!important;position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;z-index:2147483647!important');
        if (!made) return;
        host = made.host;
        frame = doc.createElement('iframe');
        frame.title = 'ICP Filing Helper';
        frame.src = `${browser.runtime.getURL('/restore-prompt.html')}#${token}`;
        made.root.append(frame);
        doc.documentElement.append(host);
        // The top layer puts it above the page's overlays and the warnings layer without ever
        // moving it (a moved iframe reloads). No popover API (Firefox < 125): highest z-index.
        if ('showPopover' in host) {
          host.popover = 'manual';
          host.showPopover();
        }
      }
      // Hidden (so not focusable) until the page inside has measured itself.
      frame.style.cssText = `position:fixed;right:16px;bottom:16px;width:min(370px,100vw - 32px);max-height:70vh;border:0;border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.18);height:${height}px;${height > 0 ? '' : 'visibility:hidden'}`;
      // The warning bubbles keep clear of the prompt.
      setObstacle(frame, height > 0);
      const active = doc.activeElement;
      if (height > 0 && !focusedIn && (!active || active === doc.body)) {
        focusedIn = true;
        frame.focus({ preventScroll: true });
      }
    },
    hide(): void {
      if (frame) setObstacle(frame, false);
      // Focus inside the prompt goes back to the page (not lost with the frame).
      if (host && doc.activeElement === host) (doc.activeElement as HTMLElement).blur();
      host?.remove();
      host = frame = undefined;
      focusedIn = false;
    },
  };
}
