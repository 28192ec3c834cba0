/** The result page's sections as in-page link targets (`#/result#<id>`): the contents list and the summary use them. */
export const sectionIds = {
  summary: 'result-summary',
  bases: 'result-bases',
  warnings: 'result-warnings',
  timeline: 'result-timeline',
  checklist: 'result-checklist',
  glossary: 'result-glossary',
} as const;

export type SectionId = keyof typeof sectionIds;
