import { buildTestExtension } from './build-extension';

// One build for the whole e2e run; E2E_SKIP_BUILD=1 reuses the last one while iterating.
export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD !== '1') buildTestExtension();
}
