import { isApiError } from '@/lib/api/errors';

/** One rejected field of a CSV import; the header is row 1 (contract: `rows[N].field`). */
export interface ImportRowError {
  row: number | undefined;
  field: string | undefined;
  message: string;
}

const rowField = /^rows\[(\d+)\]\.(.+)$/;

export function importErrorsOf(error: unknown): ImportRowError[] {
  if (!isApiError(error)) {
    return [];
  }
  const rows = (error.problem?.errors ?? []).map((fieldError): ImportRowError => {
    const match = rowField.exec(fieldError.field);
    if (match) {
      return { row: Number(match[1]), field: match[2], message: fieldError.message };
    }
    if (fieldError.field === 'header') {
      return { row: 1, field: undefined, message: fieldError.message };
    }
    return { row: undefined, field: fieldError.field || undefined, message: fieldError.message };
  });
  // Stable: the server's order within a row is kept.
  return rows.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
