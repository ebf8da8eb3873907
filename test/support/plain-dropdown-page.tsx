/** @jsxImportSource react */
/**
 * A page for test/e2e/plain-dropdown-browser.test.ts, bundled at test time from node_modules:
 * real Tea Selects with a long (virtual) list, one searchable, held in React state, and the
 * plain dropdown adapter beside them (no extension needed).
 */
import { Select } from 'tea-component';
import { useState, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { fillPlainDropdown, readPlainDropdown, settlePlainDropdowns } from '../../src/controls/plain-dropdown';

const OPTIONS = Array.from({ length: 60 }, (_, i) => ({ value: String(i + 1), text: `选项${i + 1}` }));
const state: Record<string, string> = {};

function Field({ id, searchable }: { id: string; searchable?: boolean }): ReactElement {
  const [v, setV] = useState<string>();
  const set = (x: string): void => {
    setV(x);
    state[id] = x;
  };
  return (
    <div id={id} style={{ width: 400, marginBottom: 40 }}>
      <Select appearance="button" size="full" searchable={searchable} options={OPTIONS} value={v} onChange={set} placeholder="请选择" />
    </div>
  );
}

createRoot(document.getElementById('app')!).render(
  <>
    <Field id="long" />
    <Field id="search" searchable />
  </>,
);

const trigger = (id: string): HTMLElement => document.querySelector<HTMLElement>(`#${id} [tabindex]`)!;
Object.assign(window, {
  __plain: {
    fill: (id: string, want: string[]) => fillPlainDropdown(trigger(id), want, { timeoutMs: 3000 }),
    read: (id: string) => readPlainDropdown(trigger(id)),
    settle: settlePlainDropdowns,
    state: () => ({ ...state }),
    openLayers: () => document.querySelectorAll('.tea-overlay').length,
  },
});
