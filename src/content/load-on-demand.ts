import { postToBackground } from '../messaging/post-to-background';
import type { injectScript } from './messages';
import { ON_DEMAND, type Holder, type OnDemand, type OnDemandScript } from './on-demand';

/**
 * Injects the on-demand script `name` on first use (the background injects it into this frame
 * only) and returns what it provides. Apart from src/content/on-demand.ts, which the injected
 * scripts import, so that they carry no messaging code.
 */
export async function loadOnDemand<K extends OnDemandScript>(name: K): Promise<OnDemand[K]> {
  const holder = globalThis as Holder;
  const { global } = ON_DEMAND[name];
  if (!holder[global]) await postToBackground<typeof injectScript>('inject/script', { script: name });
  const provided = holder[global] as OnDemand[K] | undefined;
  if (!provided) throw new Error(`${ON_DEMAND[name].file} did not load into this page`);
  return provided;
}

