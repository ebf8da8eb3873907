// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { StepProgress } from '../../domain/step';
import { LangContext } from '../i18n-context';
import { KeyDates } from './KeyDates';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('KeyDates', () => {
  it('lets the user enter when the SMS code was sent, labelled, saved as an ISO time under smsSentAt', () => {
    const changes: [string, string | undefined][] = [];
    const root = document.createElement('div');
    document.body.append(root);
    const progress: StepProgress = { done: {} };
    render(
      <LangContext.Provider value="en">
        <KeyDates progress={progress} onChange={(k, iso) => changes.push([k, iso])} />
      </LangContext.Provider>,
      root,
    );
    const input = root.querySelector<HTMLInputElement>('input[data-icp-progress="smsSentAt"]')!;
    expect(input).not.toBeNull();
    expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('SMS code sent at');
    input.value = '2021-06-01T10:00';
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(changes).toHaveLength(1);
    expect(changes[0]![0]).toBe('smsSentAt');
    expect(Number.isNaN(Date.parse(changes[0]![1]!))).toBe(false);
  });
});
