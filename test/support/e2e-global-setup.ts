import { buildTestExtension } from './build-extension';

// One build per browser for the whole e2e run; E2E_SKIP_BUILD=1 reuses the last ones while
// iterating.
export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  buildTestExtension('chrome');
  buildTestExtension('firefox');
}
