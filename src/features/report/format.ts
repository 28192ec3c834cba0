/** Dates and sizes in the page's language; the caller passes the language, so this stays a plain function. */
export function formatDate(date: Date, language: string | undefined): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'ja-JP', { dateStyle: 'long' }).format(date);
}

export function formatDateTime(iso: string, language: string | undefined): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'ja-JP', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

export function formatBytes(bytes: number, language: string | undefined): string {
  const kilobytes = bytes / 1024;
  const unit = kilobytes >= 1024 ? 'megabyte' : 'kilobyte';
  const value = unit === 'megabyte' ? kilobytes / 1024 : kilobytes;
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'ja-JP', { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}
