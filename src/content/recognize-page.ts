import { FILING_HOSTS, type ProviderId } from '../hosts/filing-hosts';
import { recognizeForm, recognizeFormSteps } from '../recognition/recognize-form';
import type { FormRecognition } from '../recognition/types';

/** The whole page as one form: the document, its open shadow roots and same-origin iframes. */
export function recognizePage(doc: Document): FormRecognition {
  return recognizeForm(doc, { includeFrames: true, provider: providerOfHost(doc.location?.hostname ?? '') });
}

/** The same as steps, for the first pass in short slices (form-session.ts). */
export function recognizePageSteps(doc: Document): Generator<void, FormRecognition> {
  return recognizeFormSteps(doc, { includeFrames: true, provider: providerOfHost(doc.location?.hostname ?? '') });
}

/** host → provider, built on first use (a page asks at every recognition). */
let providers: Map<string, ProviderId> | undefined;

/** The provider whose filing system serves this host (its selector map then applies). */
export function providerOfHost(hostname: string): ProviderId | undefined {
  if (!providers) {
    providers = new Map();
    for (const h of FILING_HOSTS) {
      for (const m of h.matches) {
        const host = /^[a-z]+:\/\/([^/]+)\//.exec(m)?.[1];
        // The first host entry wins, as the scan in order did.
        if (host && !providers.has(host)) providers.set(host, h.provider);
      }
    }
  }
  return providers.get(hostname);
}
