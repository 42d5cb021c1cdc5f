import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { exportFormats, saveBlob, type ExportFormat, type FileDownload } from '@/lib/files/files';

import { Button } from './button';
import { ProblemAlert } from './problem-alert';

interface ExportButtonsProps {
  /** What is exported, for example "Export (current filters, one row per measure)". */
  label: string;
  /** The visible text of each format's button. */
  buttonLabel: (format: ExportFormat) => string;
  /** Fetches the file with the bearer token (a plain link could not carry it). */
  download: (format: ExportFormat) => Promise<FileDownload>;
}

/** A group of CSV/XLSX export buttons that save the fetched file and announce the result. */
export function ExportButtons({ label, buttonLabel, download }: ExportButtonsProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const mutation = useMutation({ mutationFn: download });
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <div className="export" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="export__label">
        {label}
      </span>
      <div className="button-row">
        {exportFormats.map((format) => (
          <Button
            key={format}
            disabled={mutation.isPending}
            onClick={() => {
              setSaved(null);
              mutation.mutate(format, {
                onSuccess: ({ blob, fileName }) => {
                  saveBlob(blob, fileName);
                  setSaved(fileName);
                },
              });
            }}
          >
            {buttonLabel(format)}
          </Button>
        ))}
      </div>
      <p role="status" className="export__status">
        {mutation.isPending ? t('export.pending') : saved ? t('export.done', { file: saved }) : ''}
      </p>
      {mutation.isError ? <ProblemAlert error={mutation.error} /> : null}
    </div>
  );
}
