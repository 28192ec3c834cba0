/**
 * The namespaces the result page reads. Keys are always written with their namespace ("outcomes:verdict.…"), and
 * listing the namespaces lets i18next's types check each of those keys against the Japanese files.
 */
export const resultNamespaces = ['result', 'outcomes', 'checklist', 'citations', 'glossary'] as const;
