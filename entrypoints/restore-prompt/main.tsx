import { render } from 'preact';
import { App } from '@/src/restore-prompt/App';
import { promptChannel } from '@/src/restore-prompt/channel';
import '@/src/restore-prompt/prompt.css';

// The restore prompt, shown in an iframe by the content script (src/content/drafts-layer.tsx).
render(<App channel={promptChannel()} />, document.getElementById('app')!);
