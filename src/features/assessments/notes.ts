import { z } from 'zod/mini';

import { applicableQuestions, assessmentInputSchema } from '../../rules';
import type { AssessmentInput, QuestionId } from '../../rules';

/** The longest note on one answer: room for an approval number, a contract reference and a URL with a sentence. */
export const MAX_NOTE_LENGTH = 1_000;

/**
 * Notes and evidence per answer (why the hospital counts as an academic body, the ethics approval number, the date
 * and URL of the publication), by question. Free text, kept as text everywhere it is shown or exported. The same
 * schema reads storage and exchange files, so a note too long or of the wrong type is refused at either door.
 */
export const answerNotesSchema = z.partialRecord(z.keyof(assessmentInputSchema), z.string().check(z.maxLength(MAX_NOTE_LENGTH)));
export type AnswerNotes = Partial<Record<QuestionId, string>>;

/**
 * The notes to show or export: those on questions still on the path, in the order asked, non-blank. Notes on
 * questions an earlier answer took off the path stay in storage (changing that answer back brings them back) but,
 * like the answers the rules prune, they say nothing about this result.
 */
export function notesOnPath(answers: AssessmentInput, notes: AnswerNotes | undefined): AnswerNotes {
  if (notes === undefined) return {};
  return Object.fromEntries(
    applicableQuestions(answers).flatMap((question) => {
      const note = notes[question];
      return note === undefined || note.trim() === '' ? [] : [[question, note]];
    }),
  );
}

/** `notes` with one question's note set, or removed when blank; undefined when none is left. */
export function withNote(notes: AnswerNotes | undefined, question: QuestionId, note: string): AnswerNotes | undefined {
  const { [question]: _previous, ...rest } = notes ?? {};
  const next: AnswerNotes = note.trim() === '' ? rest : { ...rest, [question]: note };
  return Object.keys(next).length === 0 ? undefined : next;
}
