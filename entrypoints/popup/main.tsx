import { render } from 'preact';
import { PopupApp } from '@/src/popup/PopupApp';
import { createPopupServices } from '@/src/popup/services';
import '@/src/popup/popup.css';

document.body.classList.add('popup-body');
render(<PopupApp services={createPopupServices()} search={location.search} />, document.getElementById('app')!);
