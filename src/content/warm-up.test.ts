// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFieldValue } from '../recognition/read-value';
import type { FormRecognition } from '../recognition/types';
import { recognizePage } from './recognize-page';
import { warmUpRecognition } from './warm-up';

describe('warmUpRecognition', () => {
  it('indexes the dictionary and runs the real recogniser on a sample form of its own, leaving the page alone', () => {
    document.body.innerHTML = '<p id="page">page</p>';
    const pageHtml = document.documentElement.outerHTML;
    let indexed = 0;
    let seen: { doc: Document; result: FormRecognition } | undefined;
    const read: string[] = [];
    warmUpRecognition(
      () => indexed++,
      (doc) => {
        const result = recognizePage(doc);
        seen = { doc, result };
        return result;
      },
      (field) => {
        read.push(field.key);
        return readFieldValue(field);
      },
    );
    expect(indexed).toBe(1);
    expect(seen!.doc).not.toBe(document);
    // The sample exercises recognition of the usual control kinds (else it would warm nothing).
    const kinds = new Set(seen!.result.fields.map((f) => f.kind));
    expect(seen!.result.fields.length).toBeGreaterThanOrEqual(3);
    expect(kinds.size).toBeGreaterThanOrEqual(3);
    expect(read).toEqual(seen!.result.fields.map((f) => f.key));
    expect(document.documentElement.outerHTML).toBe(pageHtml);
  });
});
