import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Loading } from '@/components/ui/spinner';
import { isApiError } from '@/lib/api/errors';
import { useMe, writableOrganizations } from '@/lib/auth/me';
import { readFileAsText } from '@/lib/files/files';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useDownloadImportTemplate } from '../api/get-import-template';
import { useImportStakeholders } from '../api/import-stakeholders';
import { ImportCodes } from '../components/import-codes';
import { ImportErrorTable } from '../components/import-report';
import { importErrorsOf } from '../utils/import-errors';

export function StakeholderImportRoute() {
  const { t } = useTranslation('stakeholders');
  useDocumentTitle(t('import.heading'));
  const me = useMe();

  if (me.isPending) {
    return <Loading />;
  }
  if (me.isError) {
    return <ProblemAlert error={me.error} />;
  }
  const organizations = writableOrganizations(me.data);
  return (
    <>
      <p>
        <Link to="/stakeholders">{t('detail.back')}</Link>
      </p>
      <h1>{t('import.heading')}</h1>
      <p className="lead">{t('import.intro')}</p>
      {organizations.length === 0 ? (
        <Alert tone="info">{t('import.noPermission')}</Alert>
      ) : (
        <ImportSteps organizationIds={organizations.map(({ id, name }) => ({ id, name }))} />
      )}
    </>
  );
}

interface ImportStepsProps {
  organizationIds: { id: string; name: string }[];
}

function ImportSteps({ organizationIds }: ImportStepsProps) {
  const { t } = useTranslation(['stakeholders', 'common']);
  const download = useDownloadImportTemplate();
  const upload = useImportStakeholders();
  const [organizationId, setOrganizationId] = useState(organizationIds[0]?.id ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [readError, setReadError] = useState<unknown>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);

  // The outcome replaces the upload button's context: take keyboard and screen-reader users there.
  useEffect(() => {
    if (upload.isSuccess || upload.isError) {
      resultRef.current?.focus();
    }
  }, [upload.isSuccess, upload.isError]);

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    upload.reset();
    setReadError(null);
    if (!file) {
      setFileError(t('import.chooseFile'));
      document.getElementById('import-file')?.focus();
      return;
    }
    setFileError(undefined);
    readFileAsText(file).then(
      (csv) => {
        upload.mutate({
          csv,
          organizationId: organizationIds.length > 1 ? organizationId : undefined,
        });
      },
      (error: unknown) => {
        setReadError(error);
      },
    );
  };

  const rowErrors = importErrorsOf(upload.error);

  return (
    <>
      <section aria-labelledby="import-template-heading">
        <h2 id="import-template-heading">{t('import.template.heading')}</h2>
        <p>{t('import.template.text')}</p>
        <ImportCodes />
        <div className="button-row">
          <Button
            onClick={() => {
              download.mutate();
            }}
            disabled={download.isPending}
          >
            {download.isPending ? t('import.template.downloading') : t('import.template.download')}
          </Button>
        </div>
        {download.isError ? <ProblemAlert error={download.error} /> : null}
      </section>

      <section aria-labelledby="import-upload-heading">
        <h2 id="import-upload-heading">{t('import.upload.heading')}</h2>
        <form className="form" noValidate onSubmit={handleSubmit}>
          {organizationIds.length > 1 ? (
            <SelectField
              label={t('fields.organization')}
              name="organizationId"
              required
              value={organizationId}
              onChange={(event) => {
                setOrganizationId(event.target.value);
              }}
              options={organizationIds.map(({ id, name }) => ({ value: id, label: name }))}
            />
          ) : null}
          <TextField
            id="import-file"
            label={t('import.upload.file')}
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            hint={t('import.upload.fileHint')}
            error={fileError}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setFileError(undefined);
              upload.reset();
            }}
          />
          <div className="form__actions">
            <Button type="submit" variant="primary" disabled={upload.isPending}>
              {upload.isPending ? t('import.upload.importing') : t('import.upload.submit')}
            </Button>
          </div>
        </form>
        {readError ? <Alert tone="error" title={t('import.readError')} /> : null}
      </section>

      {upload.isSuccess || upload.isError ? (
        <section aria-labelledby="import-result-heading" className="import-result">
          <h2 id="import-result-heading" ref={resultRef} tabIndex={-1}>
            {t('import.result.heading')}
          </h2>
          {upload.isSuccess ? (
            <Alert
              tone="success"
              title={t('import.result.imported', { count: upload.data.imported })}
            >
              <p>
                <Link to="/stakeholders">{t('import.result.toRegister')}</Link>
              </p>
            </Alert>
          ) : null}
          {upload.isError ? (
            <>
              <Alert tone="error" title={t('import.result.nothingImported')}>
                {rowErrors.length > 0 &&
                isApiError(upload.error) &&
                upload.error.problem?.detail ? (
                  <p>{upload.error.problem.detail}</p>
                ) : null}
                <p>{t('import.result.fixAndRetry')}</p>
              </Alert>
              {rowErrors.length > 0 ? (
                <ImportErrorTable errors={rowErrors} />
              ) : (
                <ProblemAlert error={upload.error} />
              )}
            </>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
