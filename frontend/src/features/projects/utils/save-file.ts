/**
 * Saves data fetched with the bearer token as a file: a plain link cannot carry the token, so the
 * response becomes an object URL that a temporary link downloads.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked once the click has been handled, so that the download has started.
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 0);
  }
}
