// Adds jest-dom's matchers (toBeInTheDocument, toHaveAttribute, ...) to vitest's expect, with their types.
import '@testing-library/jest-dom/vitest';

import { configure } from '@testing-library/react';
import i18next from 'i18next';

import { namespaces, startI18n } from '../src/i18n';

// The app loads locale files on demand; component tests render synchronously, so every file of both languages is
// loaded before any test runs.
await startI18n();
await i18next.reloadResources(['ja', 'en'], [...namespaces]);
// Later useTranslation calls must not think a namespace is still missing.
i18next.options.ns = [...namespaces];

// The first render of a lazily loaded page transforms its whole module tree; on a busy two-core machine that can
// take longer than Testing Library's default one-second wait for a findBy query.
configure({ asyncUtilTimeout: 5_000 });
