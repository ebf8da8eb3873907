/**
 * The upload checker in the page (injected on demand as `upload-check.js`, same isolated world
 * as the content script): takes the files the content script saw picked, ties each control to
 * its document, checks the files and shows the findings beside the control with the same
 * bubbles as the form warnings. Only "checked, n warnings" leaves the page.
 */
import type { Finding } from '../domain/finding';
import { browserLang } from '../i18n/lang';
import { sendToBackground } from '../messaging/define-message';
import { chinaDay } from '../planner/china-time';
import type { RecognizedField } from '../recognition/types';
import { createWarningsView, type WarningsView } from '../ui/warnings/warnings-view';
import { CHECKER_KEY, PICKED_KEY, type PickedUpload } from '../content/upload-watch';
import { documentOfControl, visibleAnchor } from './document-of-control';
import { uploadChecked } from './messages';
import { readImageFacts } from './read-image';
import { checkUpload } from './registry';

interface Checker {
  drain(): Promise<void>;
}


function createChecker(doc: Document): Checker {
  let view: WarningsView | undefined;
  const byAnchor = new Map<HTMLElement, RecognizedField>();
  const findings = new Map<string, Finding[]>();
  let checked = 0;
  let queue = Promise.resolve();

  function keyFor(anchor: HTMLElement, kind: string): RecognizedField {
    let f = byAnchor.get(anchor);
    if (!f) {
      const same = [...byAnchor.values()].filter((x) => x.key === `upload.${kind}` || x.key.startsWith(`upload.${kind}[`)).length;
      const key = same === 0 ? `upload.${kind}` : `upload.${kind}[${same}]`;
      f = { key, kind: 'static', elements: [anchor], anchor, confidence: 1 };
      byAnchor.set(anchor, f);
    }
    return f;
  }

  function render(): void {
    view ??= createWarningsView({ doc, lang: browserLang() });
    // Controls that left the page take their warnings with them.
    for (const [anchor, f] of byAnchor) {
      if (!anchor.isConnected) {
        byAnchor.delete(anchor);
        findings.delete(f.key);
      }
    }
    view.update([...findings.values()].flat(), [...byAnchor.values()]);
  }

  async function checkOne(p: PickedUpload): Promise<void> {
    const control = p.input.isConnected ? p.input : p.parent?.isConnected ? p.parent : undefined;
    if (!control) return;
    const named = documentOfControl(control);
    const kind = named?.kind ?? 'other';
    const anchor = visibleAnchor(control);
    if (!anchor) return;
    const field = keyFor(anchor, kind);
    const today = chinaDay(new Date());
    const found: Finding[] = [];
    for (const file of p.files) {
      const facts = await readImageFacts(file, today);
      const fileFindings = checkUpload(facts, field.key, named?.kind);
      for (const f of fileFindings) if (!found.some((x) => x.rule === f.rule)) found.push(f);
      // Only the count is recorded; a failed record changes nothing on the page.
      sendToBackground(uploadChecked, { kind, warnings: fileFindings.length }).catch(() => undefined);
    }
    findings.set(field.key, found);
    render();
    checked++;
    // Tests and the benchmark wait for this mark (a count, nothing of the file).
    doc.documentElement.dataset.icpUploadsChecked = String(checked);
  }

  return {
    drain() {
      const g = globalThis as unknown as Record<string, PickedUpload[] | undefined>;
      const picked = (g[PICKED_KEY] ?? []).splice(0);
      // One file after the other, in pick order: a later pick on a control replaces the earlier result.
      for (const p of picked) queue = queue.then(() => checkOne(p)).catch(() => undefined);
      return queue;
    },
  };
}

/** Entry: the first injection creates the checker, every injection drains the picks. */
export function runUploadChecker(doc: Document = document): Promise<void> {
  const g = globalThis as unknown as Record<string, Checker | undefined>;
  const checker = (g[CHECKER_KEY] ??= createChecker(doc));
  return checker.drain();
}
