/** The data check page. */
export const dataCheckPath = '/data-check';
