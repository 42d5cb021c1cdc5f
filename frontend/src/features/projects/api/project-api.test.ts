import { describe, expect, it } from 'vitest';

import { createApiClient } from '@/lib/api/client';
import { ApiError } from '@/lib/api/errors';
import { json, noContent, problem, stubApi } from '@/testing/fetch-stub';
import { API_BASE_URL } from '@/testing/fixtures';

import { makeMeasure, makeProject } from '../testing/fixtures';
import { toMeasureInput } from '../utils/measure-input';

import { addStatusUpdate } from './add-status-update';
import { changeProjectStatus } from './change-project-status';
import { deleteMeasure } from './delete-measure';
import { exportProjects } from './export-projects';
import { getProject } from './get-project';
import { getProjects } from './get-projects';
import { updateMeasure } from './update-measure';
import { updateProject } from './update-project';

const project = makeProject({ version: 7 });
const measure = makeMeasure({ version: 4 });
const path = `/api/v1/starter-projects/${project.id}`;
const measurePath = `${path}/measures/${measure.id}`;

function client(token = 'token') {
  return createApiClient({ baseUrl: API_BASE_URL, getToken: () => Promise.resolve(token) });
}

describe('starter project API', () => {
  it('passesEveryFilterAndTheCursorAsQueryParameters', async () => {
    const api = stubApi({ 'GET /api/v1/starter-projects': () => json({ items: [] }) });

    await getProjects(
      client(),
      {
        fieldOfAction: 'PROCUREMENT',
        status: 'ON_HOLD',
        responsibleStakeholderId: 'stakeholder-1',
        strategyId: 'strategy-1',
        organizationId: 'organization-1',
        q: 'börse',
      },
      'cursor-2',
    );

    expect(Object.fromEntries(api.requests[0]?.url.searchParams ?? [])).toEqual({
      limit: '100',
      cursor: 'cursor-2',
      fieldOfAction: 'PROCUREMENT',
      status: 'ON_HOLD',
      responsibleStakeholderId: 'stakeholder-1',
      strategyId: 'strategy-1',
      organizationId: 'organization-1',
      q: 'börse',
    });
  });

  it('leavesUnsetFiltersOutOfTheQuery', async () => {
    const api = stubApi({ 'GET /api/v1/starter-projects': () => json({ items: [] }) });

    await getProjects(client(), {}, undefined);

    expect(api.requests[0]?.url.search).toBe('?limit=100');
  });

  it('readsTheEtagOfAProject', async () => {
    stubApi({ [`GET ${path}`]: () => json(project, { headers: { ETag: '"7"' } }) });

    await expect(getProject(client(), project.id)).resolves.toEqual({ project, etag: '"7"' });
  });

  it('sendsIfMatchOnProjectUpdateAndStatusChange', async () => {
    const api = stubApi({
      [`PUT ${path}`]: () => json({ ...project, version: 8 }),
      [`POST ${path}/status`]: () => json({ ...project, status: 'ON_HOLD', version: 9 }),
    });

    const updated = await updateProject(client(), {
      id: project.id,
      etag: '"7"',
      input: { title: 'Neu' },
    });
    const changed = await changeProjectStatus(client(), {
      id: project.id,
      etag: updated.etag,
      change: { status: 'ON_HOLD', reason: 'Fördermittel abgelehnt' },
    });

    expect(api.calls('PUT', path)[0]?.headers.get('If-Match')).toBe('"7"');
    const [status] = api.calls('POST', `${path}/status`);
    expect(status?.headers.get('If-Match')).toBe('"8"');
    expect(status?.body).toEqual({ status: 'ON_HOLD', reason: 'Fördermittel abgelehnt' });
    expect(changed.etag).toBe('"9"');
  });

  it('sendsTheMeasureVersionAsIfMatchOnMeasureUpdateAndDelete', async () => {
    const api = stubApi({
      [`PUT ${measurePath}`]: () => json({ ...measure, version: 5 }, { headers: { ETag: '"5"' } }),
      [`DELETE ${measurePath}`]: () => noContent(),
    });

    const updated = await updateMeasure(client(), {
      projectId: project.id,
      measureId: measure.id,
      etag: '"4"',
      input: toMeasureInput(measure),
    });
    await deleteMeasure(client(), {
      projectId: project.id,
      measureId: measure.id,
      etag: updated.etag,
    });

    expect(api.calls('PUT', measurePath)[0]?.headers.get('If-Match')).toBe('"4"');
    expect(api.calls('DELETE', measurePath)[0]?.headers.get('If-Match')).toBe('"5"');
  });

  it('rejectsAStaleMeasureVersionWithAConflictError', async () => {
    stubApi({
      [`PUT ${measurePath}`]: () => problem(412, { title: 'Precondition Failed' }),
    });

    const update = updateMeasure(client(), {
      projectId: project.id,
      measureId: measure.id,
      etag: '"3"',
      input: { title: 'Alt' },
    });

    await expect(update).rejects.toBeInstanceOf(ApiError);
    await expect(update).rejects.toMatchObject({ status: 412 });
  });

  it('exportsWithTheBearerTokenTheFormatAndTheFilters', async () => {
    const api = stubApi({
      'GET /api/v1/starter-projects/export': () =>
        new Response('title;status\nMaterialbörse;IDEA\n', {
          headers: { 'Content-Type': 'text/csv; charset=UTF-8' },
        }),
    });

    const exported = await exportProjects(client('export-token'), { status: 'IDEA' }, 'xlsx');

    const [request] = api.requests;
    expect(request?.url.pathname).toBe('/api/v1/starter-projects/export');
    expect(Object.fromEntries(request?.url.searchParams ?? [])).toEqual({
      format: 'xlsx',
      status: 'IDEA',
    });
    expect(request?.headers.get('Authorization')).toBe('Bearer export-token');
    expect(request?.headers.get('Accept')).toContain(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(exported.fileName).toBe('starter-projects.xlsx');
    await expect(exported.blob.text()).resolves.toBe('title;status\nMaterialbörse;IDEA\n');
  });

  it('turnsAFailedExportIntoAProblem', async () => {
    stubApi({
      'GET /api/v1/starter-projects/export': () =>
        problem(400, { title: 'Malformed request', detail: 'format must be csv or xlsx' }),
    });

    await expect(exportProjects(client(), {}, 'csv')).rejects.toMatchObject({
      status: 400,
      message: 'format must be csv or xlsx',
    });
  });

  it('addsAStatusUpdateWithTextAndProgress', async () => {
    const api = stubApi({
      [`POST ${path}/status-updates`]: ({ body }) =>
        json(
          {
            id: 'u1',
            projectId: project.id,
            reportedOn: '2026-03-01',
            author: 'E',
            ...(body as object),
          },
          { status: 201 },
        ),
    });

    await addStatusUpdate(client(), {
      projectId: project.id,
      input: { text: 'Katalog fertig', progress: 40 },
    });

    expect(api.calls('POST', `${path}/status-updates`)[0]?.body).toEqual({
      text: 'Katalog fertig',
      progress: 40,
    });
  });
});
