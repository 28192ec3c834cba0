import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * zod/mini carries no error messages of its own (every issue would read "Invalid input"). The import page and the
 * storage notices show an issue's message next to its path, so the English messages are switched on wherever a
 * schema is checked; importing this module is enough.
 */
z.config(en());
