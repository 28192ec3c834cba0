import libraryJson from './library.json';
import { trainingSetSchema } from './schema';
import type { TrainingSet } from './schema';

/**
 * The scenario library shipped with the app, validated once when the training pages load. A broken library is a
 * build-time mistake (tests/features/training-library.test.tsx catches it), so failing loudly here is right.
 */
export const builtInLibrary: TrainingSet = trainingSetSchema.parse(libraryJson);
