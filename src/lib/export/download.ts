/** Offers a file for download from memory: nothing leaves the browser. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke later: some browsers read the URL after the click handler returns.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

export function downloadText(filename: string, mime: string, text: string): void {
  downloadBlob(filename, new Blob([text], { type: `${mime};charset=utf-8` }));
}

/** A file name from a user's project name: no path separators or control characters, never empty. */
export function safeFileName(name: string, fallback: string, extension: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_').trim().slice(0, 80);
  return `${cleaned === '' ? fallback : cleaned}.${extension}`;
}
