/** Route paths in one place, so links and the router cannot drift apart. */
export const paths = {
  start: '/',
} as const;
