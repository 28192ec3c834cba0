import { MAX_FILE_BYTES, parseAssessmentFile } from '../exchange/format';
import type { AssessmentFile, FileProblem } from '../exchange/format';
import type { RemovedAnswer } from '../exchange/rule-update';

export type ImportProblem = FileProblem | { readonly kind: 'unreadable' } | { readonly kind: 'multiple' };
export type ImportResult =
  | { readonly ok: true; readonly file: AssessmentFile; readonly removed: readonly RemovedAnswer[] }
  | { readonly ok: false; readonly problem: ImportProblem };

/** Reads a chosen or dropped file. A file over the limit is refused by its size, before a byte of it is read. */
export async function readAssessmentFile(file: Blob): Promise<ImportResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, problem: { kind: 'too_large', bytes: file.size } };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, problem: { kind: 'unreadable' } };
  }
  return parseAssessmentFile(text);
}
