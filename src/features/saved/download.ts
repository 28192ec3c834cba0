/**
 * Saves text as a file through an object URL and a temporary link with `download`. Nothing leaves the browser; the
 * CSP does not restrict navigations to blob: URLs made for downloads.
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: some browsers start the download only after click() has returned.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
