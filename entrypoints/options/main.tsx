import { render } from 'preact';
import { OptionsApp } from '@/src/options/OptionsApp';

render(<OptionsApp />, document.getElementById('app')!);
