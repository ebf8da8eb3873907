/**
 * The elements the helper adds to a page (warnings layer, drafts frame) are hosts of a shadow
 * root. A page that knows a host's tag can pre-define it as a custom element whose constructor
 * takes the shadow root or that disables shadow roots (`static disabledFeatures = ['shadow']`),
 * so every `attachShadow` of ours would throw. Each host therefore gets a fresh random tag (a
 * valid custom-element name no page can predict or have defined before we create it); the
 * shadow root is attached before the host enters the document, so a page that defines the tag
 * afterwards only gets a failed upgrade. Should it fail all the same, a plain `<div>` (no page
 * can redefine a built-in element) is tried; if that fails too we stop quietly: one console line,
 * no host.
 */
export interface HelperHost {
  host: HTMLElement;
  root: ShadowRoot;
}

let warned = false;

/** `h-` + 12 random hex digits: a valid custom-element name, different for every host. */
export function randomHostTag(): string {
  return `h-${globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`;
}

/**
 * A detached host (`data-icp-helper=<role>`, `style` inline) with its shadow root of `mode`;
 * undefined when no element takes a shadow root.
 */
export function createHelperHost(doc: Document, role: string, mode: ShadowRootMode, style: string): HelperHost | undefined {
  for (const tag of [randomHostTag(), 'div']) {
    try {
      const host = doc.createElement(tag);
      host.setAttribute('data-icp-helper', role);
      host.style.cssText = style;
      return { host, root: host.attachShadow({ mode }) };
    } catch {
      // A pre-defined element refused: try the next tag.
    }
  }
  if (!warned) {
    warned = true;
    console.warn('[icp-helper] this page refuses shadow roots; the helper shows nothing here');
  }
  return undefined;
}
