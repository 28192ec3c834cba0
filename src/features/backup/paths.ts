/** The backup and restore page. */
export const backupPath = '/backup';
