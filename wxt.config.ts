import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { compactCssLiterals } from './src/build/compact-css-literals';
import { contentBrowserShim } from './src/build/content-browser-shim';
import { eagerCompileHint } from './src/build/eager-compile-hint';
import { BUILT_IN_MATCHES, parseExtraMatches } from './src/hosts/filing-hosts';
import { FIREFOX_ADDON_ID, FIREFOX_ANDROID_MIN_VERSION, FIREFOX_MIN_VERSION, PRIVACY_POLICY_URL } from './src/build/store-info';
import { trackedSources } from './src/build/tracked-sources';

// Test and demo builds add local hosts (e.g. http://127.0.0.1/*) here; production builds
// run only on the providers' filing systems.
const extraMatches = parseExtraMatches(process.env.ICP_EXTRA_MATCHES);
// Test builds only: host permissions granted at install, standing in for the user's "Allow" in
// the permission prompt (which automation cannot click), so that the e2e tests can drive the
// real enable-on-this-site path. Never set for production builds.
const testGrantedHosts = parseExtraMatches(process.env.ICP_TEST_GRANTED_HOSTS);
// The hosts the content script is declared for, as host permissions: the fill engine
// (restore.js) is injected on demand into the frame that asks (scripting/tabs.executeScript),
// which content-script matches alone do not allow. Same hosts, so no wider access.
const filingHostAccess = [...new Set([...BUILT_IN_MATCHES, ...extraMatches].map((m) => m.replace(/^([a-z*]+:\/\/[^/]+).*$/, '$1/*')))];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  // The sources zip (Firefox review) holds exactly the files git tracks: no build output, demo
  // screenshots or local files. Outside a git checkout WXT's defaults apply.
  zip: ((tracked) => (tracked ? { excludeSources: ['**'], includeSources: tracked } : {}))(trackedSources(process.cwd())),
  // ICP_SOURCEMAP: hidden source maps for `npm run size:content` (which module the bytes come from).
  vite: () => ({
    plugins: [preact(), compactCssLiterals()],
    build: process.env.ICP_SOURCEMAP ? { sourcemap: 'hidden' as const } : {},
    // Test and demo builds (they hold a test host permission) open the first-run page in the
    // background, so the pages they drive stay the active tab.
    define: { 'import.meta.env.ICP_FIRST_RUN_IN_BACKGROUND': JSON.stringify(testGrantedHosts.length > 0 ? '1' : '0') },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // The privacy policy: what is stored, where, and that nothing leaves the browser.
    homepage_url: PRIVACY_POLICY_URL,
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'notifications',
      'scripting',
      'activeTab',
      ...(manifestVersion === 2 ? filingHostAccess : []),
    ],
    // Other providers' filing pages: enabled per site from the popup, never granted up front.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    ...(manifestVersion === 3 ? { host_permissions: [...filingHostAccess, ...(browser !== 'firefox' ? testGrantedHosts : [])] } : {}),
    // No remote code, no eval: extension pages run only their own bundled scripts.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    // The restore prompt, an extension page the content script shows in an iframe (the page
    // cannot read it, as it could a shadow root). Its scripts load as the page's own
    // subresources. Chrome: every http(s) site, since the user may enable the helper on any
    // (registered at run time, after the manifest is fixed), but only under a per-session
    // dynamic URL, so no site can probe for the extension. Firefox MV2: a plain list (the
    // moz-extension:// host is a random per-install UUID).
    web_accessible_resources:
      manifestVersion === 2
        ? ['restore-prompt.html']
        : [{ resources: ['restore-prompt.html'], matches: ['https://*/*', 'http://*/*'], use_dynamic_url: true }],
    commands: {
      // Keyboard path through the page's warnings (handled by the content script of the active tab).
      'next-warning': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_cmdNextWarning__' },
      'previous-warning': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_cmdPreviousWarning__' },
    },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_ADDON_ID,
              // data_collection_permissions is understood from Firefox 140 on (web-ext lint).
              strict_min_version: FIREFOX_MIN_VERSION,
              // The extension collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android got data_collection_permissions only in 142 (web-ext lint).
            gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
          },
        }
      : {}),
  }),
  hooks: {
    // The content script runs on the browser's own API (src/content/ext-browser.ts), not the
    // polyfill; so do the scripts injected into its world on demand (restore, prompt-mount, warnings).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((e) => e.type === 'content-script' || ['restore', 'prompt-mount', 'warnings'].includes(e.name))) (config.plugins ??= []).unshift(contentBrowserShim());
      // The content script runs its first pass at once on a filing page: compile it eagerly.
      if (entrypoints.some((e) => e.type === 'content-script')) (config.plugins ??= []).push(eagerCompileHint());
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      // Localised toolbar title: WXT copies the popup's <title> (literal English) into it.
      for (const action of [manifest.action, manifest.browser_action]) if (action) action.default_title = '__MSG_extName__';
      if (extraMatches.length === 0) return;
      for (const cs of manifest.content_scripts ?? []) {
        cs.matches = [...new Set([...(cs.matches ?? []), ...extraMatches])];
      }
    },
  },
});
