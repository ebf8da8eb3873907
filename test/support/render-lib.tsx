/** @jsxImportSource react */
/**
 * Renders real component-library controls (antd with React, Element Plus with Vue) into the
 * unit tests' happy-dom document, so that adapter tests run on the markup and behaviour the
 * libraries really produce, not on imitations.
 */
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createApp, h, type Component } from 'vue';

// The adapters act as a user does (events, then waiting for the page), as in a browser: no act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;

/** Mounts a React element into a fresh container; returns the container and an unmount. */
export async function renderReact(el: ReactElement): Promise<{ container: HTMLElement; unmount: () => void }> {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  flushSync(() => root.render(el));
  await new Promise((r) => setTimeout(r, 0));
  return { container, unmount: () => root.unmount() };
}

/** Mounts a Vue component with props into a fresh container. */
export function renderVue(component: Component, props: Record<string, unknown>, use?: (app: ReturnType<typeof createApp>) => void): { container: HTMLElement; unmount: () => void } {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const app = createApp({ render: () => h(component, props) });
  use?.(app);
  app.mount(container);
  return { container, unmount: () => app.unmount() };
}
