import { z } from 'zod';

// zod compiles fast object parsers with `new Function` after probing whether eval is allowed. Under our CSP
// (script-src 'self', no 'unsafe-eval') the probe is blocked and, although zod catches the error, the browser still
// reports a securitypolicyviolation. jitless skips both probe and compiler; parsing stays correct, only slower.
// Imported first by main.tsx, before any schema is used. Node (CLI, tests) keeps the compiler.
z.config({ jitless: true });
