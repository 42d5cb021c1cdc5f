/**
 * Saves data the app fetched with its bearer token as a file: a plain link cannot carry the
 * token, so the response is turned into an object URL and "clicked" as a download.
 */
export function saveBlob(blob: Blob, fileName: string): void {
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
    // Revoked after the click has been handled, so that the download has started.
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 0);
  }
}

/**
 * Reads a chosen file as text. UTF-8, with a leading byte-order mark (as spreadsheet programs write
 * it) removed, so that the first column name arrives as typed.
 */
export function readFileAsText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const text = typeof reader.result === 'string' ? reader.result : '';
      resolve(text.replace(/^\uFEFF/, ''));
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('The file could not be read.'));
    };
    reader.readAsText(file, 'utf-8');
  });
}

export type ExportFormat = 'csv' | 'xlsx';

export const exportFormats: readonly ExportFormat[] = ['csv', 'xlsx'];

/** What the API's export endpoints answer for each format. */
export const exportMediaTypes: Record<ExportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A file fetched with the bearer token, ready for {@link saveBlob}. */
export interface FileDownload {
  blob: Blob;
  fileName: string;
}
