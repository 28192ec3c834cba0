import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { Language } from '../../i18n';
import { evaluate } from '../../rules';
import type { Assessment } from '../../rules';
import { builtInLibrary } from './library';
import { sourceFromSearch } from './paths';
import type { TrainingScenario, TrainingSet } from './schema';
import type { SetSource } from './store';
import { useTrainingState } from './store-context';

/**
 * The namespaces training pages read. Keys are written with their namespace ("training:…", "outcomes:…"), and
 * listing them lets i18next's types check each key against the Japanese files.
 */
export const trainingNamespaces = ['training', 'outcomes', 'result', 'citations', 'questions', 'common'] as const;

/** The language case texts are shown in: the interface language, re-rendering when it changes. */
export function useContentLanguage(): Language {
  const { i18n } = useTranslation();
  const parsed = Language.safeParse(i18n.resolvedLanguage);
  return parsed.success ? parsed.data : 'ja';
}

/** The set a URL points at (`?set=custom` or the library). */
export function useSourceFromUrl(): SetSource {
  const [search] = useSearchParams();
  return sourceFromSearch(search);
}

/** The built-in library, or the loaded set (null when none is loaded). */
export function useTrainingSet(source: SetSource): TrainingSet | null {
  const custom = useTrainingState((state) => state.customSet);
  return source === 'library' ? builtInLibrary : custom;
}

/** The answer key of a case: always `evaluate` of its input, never a stored answer. */
export function useAnswerKey(scenario: TrainingScenario): Assessment {
  return useMemo(() => evaluate(scenario.input), [scenario.input]);
}
