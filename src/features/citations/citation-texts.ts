import type { CitationId } from '../../rules';

/**
 * The short label a citation button shows ("個情法 第27条第1項第6号"). Kept per id in result.json rather than
 * built from source + ref: the refs in citations.json are section titles of varying length, and a built label
 * would need string surgery that differs by language. The typed key makes a missing label a compile error.
 */
export const citationShortKey = <C extends CitationId>(id: C) => `result:citation.short.${id}` as const;
