import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../domain/localized';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength, type Strength } from './passphrase-strength';

const T = {
  title: { zh: '加密导出', en: 'Encrypted export' },
  intro: {
    zh: '文件将用口令加密（AES-GCM）。没有口令无法打开，也无法找回：请记住它。',
    en: 'The file is encrypted with a passphrase (AES-GCM). Without the passphrase it cannot be opened, and the passphrase cannot be recovered: keep it.',
  },
  pass: { zh: '口令', en: 'Passphrase' },
  repeat: { zh: '再次输入口令', en: 'Passphrase again' },
  mismatch: { zh: '两次输入的口令不一致。', en: 'The two passphrases differ.' },
  'too-short': { zh: `口令太短：至少 ${MIN_PASSPHRASE_LENGTH} 个字符。`, en: `Too short: at least ${MIN_PASSPHRASE_LENGTH} characters.` },
  weak: { zh: '强度：弱。容易被猜中，建议使用更长的短语。', en: 'Strength: weak. Easy to guess; a longer phrase is better.' },
  fair: { zh: '强度：中。再长一些会更安全。', en: 'Strength: fair. Longer would be safer.' },
  strong: { zh: '强度：强。', en: 'Strength: strong.' },
  export: { zh: '加密并导出', en: 'Encrypt and export' },
  cancel: { zh: '取消', en: 'Cancel' },
  working: { zh: '正在加密…', en: 'Encrypting…' },
} as const;

export interface ExportDialogProps {
  lang: Lang;
  /** What is exported (a draft's name, or "all drafts"), shown in the title. */
  what: string;
  /** Writes the encrypted file; a thrown error is shown in the dialog. */
  onExport(passphrase: string): Promise<void>;
  onClose(): void;
  /** Where focus returns when the opener is gone (a list re-rendered while the dialog was open). */
  returnFocus?(): HTMLElement | null;
}

/**
 * Asks for the export passphrase twice, with a strength hint; refuses a short one or two that
 * differ. A modal `<dialog>`: focus moves in, Escape closes, focus returns to the opener. The
 * passphrase lives only in this component's state (never stored).
 */
export function ExportDialog({ lang, what, onExport, onClose, returnFocus }: ExportDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [pass, setPass] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const tr = (k: keyof typeof T): string => T[k][lang];

  useEffect(() => {
    const d = ref.current;
    // The dialog is removed rather than just closed: hand focus back to its opener ourselves.
    const opener = document.activeElement as HTMLElement | null;
    if (d && !d.open) d.showModal();
    return () => {
      d?.close();
      const target = opener?.isConnected && opener !== document.body ? opener : returnFocus?.();
      target?.focus();
    };
  }, []);

  const strength: Strength = passphraseStrength(pass);
  const mismatch = repeat !== '' && repeat !== pass;
  const ready = strength !== 'too-short' && repeat === pass && !busy;

  async function submit(e: Event): Promise<void> {
    e.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError('');
    try {
      await onExport(pass);
      onClose();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  }

  return (
    <dialog ref={ref} class="export-dialog" aria-labelledby="icp-export-h" data-icp-export-dialog onClose={onClose} onCancel={onClose}>
      <form method="dialog" onSubmit={(e) => void submit(e)}>
        <h2 id="icp-export-h">
          {tr('title')}: {what}
        </h2>
        <p class="meta">{tr('intro')}</p>
        <label for="icp-export-pass">{tr('pass')}</label>
        <input
          id="icp-export-pass"
          type="password"
          autoComplete="new-password"
          autoFocus
          data-icp-passphrase
          aria-describedby="icp-export-strength"
          value={pass}
          onInput={(e) => setPass((e.currentTarget as HTMLInputElement).value)}
        />
        <p id="icp-export-strength" class={`strength ${strength}`} aria-live="polite" data-icp-passphrase-strength={pass ? strength : undefined}>
          {pass ? tr(strength) : ''}
        </p>
        <label for="icp-export-repeat">{tr('repeat')}</label>
        <input
          id="icp-export-repeat"
          type="password"
          autoComplete="new-password"
          data-icp-passphrase-repeat
          aria-invalid={mismatch ? 'true' : undefined}
          aria-describedby={mismatch ? 'icp-export-mismatch' : undefined}
          value={repeat}
          onInput={(e) => setRepeat((e.currentTarget as HTMLInputElement).value)}
        />
        {mismatch && (
          <p id="icp-export-mismatch" class="error-text" role="alert" data-icp-passphrase-mismatch>
            {tr('mismatch')}
          </p>
        )}
        {error && (
          <p class="error-text" role="alert">
            {error}
          </p>
        )}
        <div class="row wrap">
          <button type="submit" class="primary" disabled={!ready} data-icp-action="export-encrypted-confirm">
            {busy ? tr('working') : tr('export')}
          </button>
          <button type="button" onClick={onClose} data-icp-action="export-encrypted-cancel">
            {tr('cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
