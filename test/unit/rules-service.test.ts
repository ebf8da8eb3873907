import { fakeBrowser } from 'wxt/testing/fake-browser';
import browser from 'webextension-polyfill';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerRules } from '../../src/background/rules-service';
import { mergeFindings } from '../../src/background/rule-runner';
import { MessageRouter } from '../../src/messaging/router';
import { runRules } from '../../src/rules/engine';

type Reply = { ok: boolean; value?: any; error?: string };

/** `rules/check` through the real router, as the content script calls it. */
describe('rules service (background)', () => {
  const router = new MessageRouter();
  const call = (payload: unknown, sender: { id?: string } = { id: browser.runtime.id }) =>
    router.dispatch({ type: 'rules/check', payload }, sender as never) as Promise<Reply>;
  const asOf = '2026-06-01';
  const fields: Record<string, string> = {
    'subject.province': '天津市',
    'subject.certAddress': '北京市海淀区中关村大街27号',
    'subject.mailingAddress': '天津市南开区卫津路92号',
    'subject.principal.mobile': '1234567',
    'subject.principal.email': 'a@',
    'website.principal.mobile': '13800138000',
  };

  beforeAll(() => {
    fakeBrowser.reset();
    registerRules(router, () => new Date(`${asOf}T12:00:00+08:00`));
  });

  it('answers a full check with what the engine finds', async () => {
    const r = await call({ fields, asOf });
    expect(r.ok).toBe(true);
    expect(r.value.rules).toBeUndefined();
    const rules = r.value.findings.map((f: { rule: string }) => f.rule);
    expect(rules).toContain('contact1-mobile');
    expect(rules).toContain('email');
    expect(r.value.findings).toEqual(runRules({ fields, asOf }));
    // Without `asOf` the service's clock decides; same day here.
    expect((await call({ fields })).value.findings).toEqual(r.value.findings);
  });

  it('answers a partial check with the rules that ran; merged it equals a full run', async () => {
    const before = (await call({ fields, asOf })).value.findings;
    const next = { ...fields, 'subject.principal.mobile': '13800138000' };
    const r = await call({ fields: next, asOf, changedKeys: ['subject.principal.mobile'] });
    expect(r.ok).toBe(true);
    expect(r.value.rules).toContain('contact1-mobile');
    expect(r.value.rules).not.toContain('email');
    const sig = (fs: Array<{ rule: string; field: string }>) => fs.map((f) => `${f.rule}|${f.field}`).sort();
    expect(sig(mergeFindings(before, r.value.findings, r.value.rules))).toEqual(sig(runRules({ fields: next, asOf })));
  });

  it('honours the filing type', async () => {
    // Hubei: one website per order, for new filings and new websites only.
    const hubei = { 'subject.province': '湖北省', 'website.name': '一', 'website[1].name': '二' };
    const rulesFor = async (filingType: string) =>
      ((await call({ fields: hubei, asOf, filingType })).value.findings as Array<{ rule: string }>).map((f) => f.rule);
    expect(await rulesFor('new')).toContain('websites-per-order');
    expect(await rulesFor('change-subject')).not.toContain('websites-per-order');
  });

  it('refuses other senders and bad payloads', async () => {
    expect(await call({ fields }, { id: 'another-extension' })).toEqual({ ok: false, error: 'sender not allowed' });
    const bad = await call({ fields: { 'subject.name': 3 } });
    expect(bad.ok).toBe(false);
    expect(bad.error).toMatch(/invalid rules\/check/);
  });
});
