/** The institution profile's settings page. */
export const profilePath = '/profile';
