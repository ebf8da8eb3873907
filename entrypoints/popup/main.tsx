import { render } from 'preact';
import { PopupApp } from '@/src/popup/PopupApp';
import { createPopupServices } from '@/src/popup/services';
import '@/src/popup/popup.css';

// Marks for the benchmark's breakdown: script evaluated → first render with data.
performance.mark('icp-popup-script');
document.body.classList.add('popup-body');
render(<PopupApp services={createPopupServices()} search={location.search} />, document.getElementById('app')!);
