import type { TFunction } from 'i18next';

/** The namespaces the profile page reads. */
export const profileNamespaces = ['profile', 'common'] as const;
export type ProfileT = TFunction<typeof profileNamespaces>;
