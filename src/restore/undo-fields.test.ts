// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { FieldKind, FormRecognition, RecognizedField } from '../recognition/types';
import { clearableInputs, rememberBefore, undoFields } from './undo-fields';

function field(key: string, kind: FieldKind, elements: HTMLElement[], extra: Partial<RecognizedField> = {}): RecognizedField {
  return { key, kind, elements, anchor: elements[0]!, confidence: 1, ...extra };
}
const $ = <T extends HTMLElement = HTMLElement>(sel: string): T => document.querySelector(sel) as T;
const recognition = (fields: RecognizedField[], secrets: FormRecognition['secrets'] = []): FormRecognition => ({ fields, secrets, unmapped: [] });

describe('undo of a restore', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <input id="name" value="restored name">
      <textarea id="remarks">restored remarks</textarea>
      <input id="investor" value="draft investor">
      <select id="idType"><option value="">请选择</option><option value="2" selected>护照</option></select>
      <div id="phone"><input id="area" value="022"><input id="number" value="12345678"></div>
      <div id="picker" class="t-select"><input id="pick" readonly value="企业"></div>
      <input id="sms" value="123456">`;
  });

  it('empties text inputs and textareas through input/change events, and puts typed values back', async () => {
    const events: string[] = [];
    for (const id of ['name', 'remarks']) for (const type of ['input', 'change']) $(`#${id}`).addEventListener(type, () => events.push(`${id}:${type}`));
    const fields = [
      field('subject.name', 'text', [$('#name')]),
      field('subject.remarks', 'text', [$('#remarks')]),
      field('subject.investor', 'text', [$('#investor')]),
      field('subject.principal.phone', 'composite', [$('#phone')]),
    ];
    const report = await undoFields({
      recognition: recognition(fields),
      previous: { 'subject.name': '', 'subject.investor': '李四' },
      keys: ['subject.name', 'subject.remarks', 'subject.investor', 'subject.principal.phone'],
    });
    expect(report).toEqual({ filled: ['subject.name', 'subject.remarks', 'subject.investor', 'subject.principal.phone'], failed: [], skipped: [] });
    expect($<HTMLInputElement>('#name').value).toBe('');
    expect($<HTMLTextAreaElement>('#remarks').value).toBe('');
    expect($<HTMLInputElement>('#investor').value).toBe('李四');
    expect([$<HTMLInputElement>('#area').value, $<HTMLInputElement>('#number').value]).toEqual(['', '']);
    expect(events).toEqual(['name:input', 'name:change', 'remarks:input', 'remarks:change']);
  });

  it('fails a select, a component select or a cascader level it cannot empty, and leaves it as it is', async () => {
    const fields = [
      field('subject.principal.idType', 'select', [$('#idType')]),
      field('subject.nature', 'text', [$('#pick')]),
      field('subject.province', 'region', [$('#picker')], { part: 0 }),
    ];
    const report = await undoFields({ recognition: recognition(fields), previous: {}, keys: ['subject.principal.idType', 'subject.nature', 'subject.province', 'website.name'] });
    expect(report.filled).toEqual([]);
    expect(report.failed).toEqual([
      { key: 'subject.principal.idType', reason: 'cannot-clear' },
      { key: 'subject.nature', reason: 'cannot-clear' },
      { key: 'subject.province', reason: 'cannot-clear' },
      { key: 'website.name', reason: 'not-on-page' },
    ]);
    expect($<HTMLSelectElement>('#idType').value).toBe('2');
    expect($<HTMLInputElement>('#pick').value).toBe('企业');
  });

  it('never touches a secret, and refuses when there is nothing to undo', async () => {
    const sms = field('subject.name', 'text', [$('#sms')]);
    const report = await undoFields({ recognition: recognition([sms], [{ kind: 'smsCode', element: $('#sms') }]), previous: {}, keys: ['subject.name'] });
    expect(report.failed).toEqual([{ key: 'subject.name', reason: 'not-on-page' }]);
    expect($<HTMLInputElement>('#sms').value).toBe('123456');
    await expect(undoFields({ recognition: recognition([]) } as unknown as Parameters<typeof undoFields>[0])).rejects.toThrow('Nothing to undo');
  });

  it('clears only fields made of plain text inputs', () => {
    expect(clearableInputs(field('a', 'composite', [$('#phone')]))?.map((e) => e.id)).toEqual(['area', 'number']);
    expect(clearableInputs(field('a', 'select', [$('#idType')]))).toBeUndefined();
    expect(clearableInputs(field('a', 'text', [$('#picker')]))).toBeUndefined();
    expect(clearableInputs(field('a', 'checkbox-group', [$('#name')]))).toBeUndefined();
  });

  it('remembers the page as it was before the first restore: a later overwrite adds its keys, never replaces earlier ones', () => {
    const first = rememberBefore(undefined, { 'subject.name': '', 'subject.investor': '李四' }, ['subject.name']);
    expect(first).toEqual({ keys: ['subject.name'], previous: { 'subject.name': '' } });
    // The overwrite saw the first restore's value in subject.name: not what the page held before.
    const second = rememberBefore(first, { 'subject.name': '撤销测试有限公司', 'subject.investor': '李四' }, ['subject.investor', 'subject.name']);
    expect(second).toEqual({ keys: ['subject.name', 'subject.investor'], previous: { 'subject.name': '', 'subject.investor': '李四' } });
    expect(first.keys).toEqual(['subject.name']);
  });
});
