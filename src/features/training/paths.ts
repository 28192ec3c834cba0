import type { SetSource } from './store';

/** Route paths of training mode. Static segments win over the case id, and the schema reserves them as ids. */
export const trainingPaths = {
  library: '/training',
  case: '/training/:scenarioId',
  summary: '/training/summary',
  handout: '/training/handout',
} as const;

/** The search parameter that selects the loaded set; without it a page shows the built-in library. */
export const setParam = 'set';

const withSet = (path: string, source: SetSource) => (source === 'custom' ? `${path}?${setParam}=custom` : path);

export const casePath = (source: SetSource, scenarioId: string) =>
  withSet(trainingPaths.case.replace(':scenarioId', encodeURIComponent(scenarioId)), source);

export const handoutPath = (source: SetSource) => withSet(trainingPaths.handout, source);

/** Reads the set from a URL's search parameters; anything but "custom" means the library. */
export const sourceFromSearch = (search: URLSearchParams): SetSource => (search.get(setParam) === 'custom' ? 'custom' : 'library');
