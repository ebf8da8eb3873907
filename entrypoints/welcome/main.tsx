import { render } from 'preact';
import browser from 'webextension-polyfill';
import { WelcomeApp } from '@/src/welcome/WelcomeApp';
import '@/src/popup/popup.css';

render(<WelcomeApp openOptions={() => void browser.runtime.openOptionsPage()} />, document.getElementById('app')!);
