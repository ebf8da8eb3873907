import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startContentScript } from '@/src/content/start';
import { provideOnDemand } from '@/src/content/on-demand';
import { createPageRestore } from '@/src/content/page-restore';
import { mountPrompt } from '@/src/content/prompt-mount';
import { restoreEngine } from '@/src/restore/engine';
import { createWarningsView } from '@/src/ui/warnings/warnings-view';

// The bundled sample form (first-run page → "Try it"): an extension page, where no content
// script is injected, so it starts the same content-script code itself. Nothing can be injected
// into an extension page either: the code the content script loads on demand is bundled here.
provideOnDemand('warnings', { createWarningsView });
provideOnDemand('prompt', { mountPrompt });
provideOnDemand('restore', { createPageRestore: (page) => createPageRestore(page, restoreEngine) });
startContentScript(new ContentScriptContext('sample', { noScriptStartedPostMessage: true } as never));

// A sample: submitting goes nowhere (the helper shows every warning on a submit attempt).
document.getElementById('sampleForm')?.addEventListener('submit', (e) => e.preventDefault());
