import { render } from 'preact';
import { OptionsApp } from '@/src/options/OptionsApp';
import { createOptionsServices } from '@/src/options/services';
import '@/src/popup/popup.css';

render(<OptionsApp services={createOptionsServices()} />, document.getElementById('app')!);
