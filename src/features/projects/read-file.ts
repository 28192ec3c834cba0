import { MAX_FILE_BYTES } from '../exchange/format';
import { parseProjectFile } from './file';
import type { ProjectParseResult } from './file';

export type ProjectReadResult = ProjectParseResult | { readonly ok: false; readonly problem: { readonly kind: 'unreadable' } };

/** Reads a chosen file; one over the size limit is refused by its size, before a byte of it is read. */
export async function readProjectFile(file: Blob): Promise<ProjectReadResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, problem: { kind: 'too_large', bytes: file.size } };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, problem: { kind: 'unreadable' } };
  }
  return parseProjectFile(text);
}
