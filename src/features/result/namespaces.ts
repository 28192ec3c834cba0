/**
 * The namespaces the result page reads. Keys are always written with their namespace ("outcomes:verdict.…"), and
 * listing the namespaces lets i18next's types check each of those keys against the Japanese files. `questions` is
 * read for the ways forward, which name the question and the answer that would change; `about` for the markers that
 * link an open point to the "About the rules" page.
 */
export const resultNamespaces = ['result', 'outcomes', 'checklist', 'citations', 'glossary', 'questions', 'about'] as const;
