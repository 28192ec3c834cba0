import { useParams, useSearchParams } from 'react-router';

import { QuestionPage } from '../../features/wizard/question-page';
import { questionIds } from '../../rules';
import type { QuestionId } from '../../rules';
import { changeParam } from '../../routing/paths';
import { NotFoundPage } from './not-found-page';

const isQuestionId = (value: string | undefined): value is QuestionId =>
  (questionIds as readonly (string | undefined)[]).includes(value);

/** `/q/:questionId`: an id the rules do not know is simply a page that does not exist. */
export function QuestionRoute() {
  const { questionId } = useParams();
  const [search] = useSearchParams();
  if (!isQuestionId(questionId)) return <NotFoundPage />;
  return <QuestionPage questionId={questionId} change={search.get(changeParam) === '1'} />;
}
