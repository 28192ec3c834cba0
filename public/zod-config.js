// Runs before the app's modules. zod compiles fast object parsers with `new Function` after probing whether eval is
// allowed; under this app's Content-Security-Policy (no 'unsafe-eval') the probe is blocked and, although zod catches
// the error, the browser still reports a violation. jitless skips the probe; parsing stays correct, only slower.
// A plain script, so no bundling or chunk order can ever run a schema before it.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
