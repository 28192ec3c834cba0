import 'i18next';

import type { defaultNS, resources } from './index';

// Keys are typed from the Japanese files, the reference language; a key missing there is a compile error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    resources: (typeof resources)['ja'];
  }
}
