// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { ExportDialog } from './ExportDialog';

afterEach(() => {
  document.body.innerHTML = '';
});

function setup(): { root: HTMLElement; opener: HTMLButtonElement } {
  const opener = document.createElement('button');
  opener.dataset.icpAction = 'export-encrypted';
  const root = document.createElement('div');
  document.body.append(opener, root);
  opener.focus();
  // happy-dom's <dialog> may lack showModal: what the test needs of it is open/close.
  const proto = HTMLDialogElement.prototype as unknown as { showModal?: () => void; close?: () => void };
  proto.showModal ??= function (this: HTMLDialogElement) { this.setAttribute('open', ''); };
  proto.close ??= function (this: HTMLDialogElement) { this.removeAttribute('open'); };
  return { root, opener };
}

describe('ExportDialog focus', () => {
  it('gives focus back to its opener when it closes', () => {
    const { root, opener } = setup();
    act(() => render(<ExportDialog lang="en" what="x" onExport={async () => undefined} onClose={() => undefined} />, root));
    act(() => render(null, root));
    expect(document.activeElement).toBe(opener);
  });

  it('when the opener was re-rendered away meanwhile, focus goes to the same control found again', () => {
    const { root, opener } = setup();
    act(() => render(<ExportDialog lang="en" what="x" onExport={async () => undefined} onClose={() => undefined} returnFocus={() => document.querySelector<HTMLElement>('[data-icp-action="export-encrypted"]')} />, root));
    // The list re-renders: a new button for the same draft replaces the one that opened the dialog.
    const again = document.createElement('button');
    again.dataset.icpAction = 'export-encrypted';
    opener.replaceWith(again);
    act(() => render(null, root));
    expect(document.activeElement).toBe(again);
  });
});
