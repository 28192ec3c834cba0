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

// findBy* and waitFor give up after 1 s by default. A page's first render loads its route module lazily, which on CI's
// two shared cores has taken 1.2 to 1.9 s (under load, five first-render tests failed that way and passed alone). A
// missing element still fails the test, only later.
configure({ asyncUtilTimeout: 5000 });
