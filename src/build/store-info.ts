/**
 * Store-facing identity of the extension, in one place for the manifest, the options page,
 * the first-run page and their tests.
 */

/** Firefox add-on id (email-style, under the project's own domain; never change after release). */
export const FIREFOX_ADDON_ID = 'icp-filing-helper@icp-helper.dev';

/** `data_collection_permissions` needs Firefox 140 (web-ext lint warns below that). */
export const FIREFOX_MIN_VERSION = '140.0';

/** Firefox for Android understands `data_collection_permissions` from 142 (web-ext lint warns below that). */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** The project's public repository. */
export const PROJECT_URL = 'https://github.com/icp-helper/icp-filing-helper';

/** The privacy policy (docs/PRIVACY.md in the repository): the manifest's homepage_url. */
export const PRIVACY_POLICY_URL = `${PROJECT_URL}/blob/main/docs/PRIVACY.md`;
