import { getQuestion, pruneAnswers, questionIds } from '../../rules';
import type { AssessmentInput } from '../../rules';

/**
 * The answers in one canonical form: questions in flow order, off-path answers dropped, multi-select answers in
 * option order. Two assessments with the same answers have the same canonical text whatever their history.
 */
export function canonicalAnswers(answers: AssessmentInput): AssessmentInput {
  const pruned = pruneAnswers(answers);
  const canonical: Record<string, unknown> = {};
  for (const id of questionIds) {
    const value = pruned[id];
    if (value === undefined) continue;
    const order = getQuestion(id).options;
    canonical[id] = Array.isArray(value) ? [...value].sort((a, b) => order.indexOf(a) - order.indexOf(b)) : value;
  }
  return canonical;
}

/** 64-bit FNV-1a over UTF-16 code units, as 16 hex digits: a checksum for matching, not a security measure. */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * prime) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/**
 * A short fingerprint of the rule-set version and the canonical answers, printed on every export so a reviewer
 * can tell whether a document and a file describe the same assessment under the same rules.
 */
export function fingerprint(rulesVersion: string, answers: AssessmentInput): string {
  const hex = fnv1a64(`${rulesVersion}\n${JSON.stringify(canonicalAnswers(answers))}`);
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`.toUpperCase();
}
