import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * `zod/mini` ships without error messages (every issue reads "Invalid input"). Modules that
 * show validation problems to people (draft import, check-draft) import this once to get
 * zod's English messages. Never imported by the content script (it would add ~3 KB there).
 */
z.config(en());
