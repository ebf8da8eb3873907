import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startContentScript } from '@/src/content/start';

// The bundled sample form (first-run page → "Try it"): an extension page, where no content
// script is injected, so it starts the same content-script code itself.
startContentScript(new ContentScriptContext('sample', { noScriptStartedPostMessage: true } as never));

// A sample: submitting goes nowhere (the helper shows every warning on a submit attempt).
document.getElementById('sampleForm')?.addEventListener('submit', (e) => e.preventDefault());
