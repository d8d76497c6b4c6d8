// The OpenAPI document is generated from the route definitions: it is a valid OpenAPI 3.1
// document (checked by an OpenAPI validator), every REST route of the app is in it with its
// parameters, every operation it lists is routed, and the PATCH body comes from ReadoutPatch.
import { compileErrors, validate } from '@readme/openapi-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../__tests__/helpers/app';
import { backends } from '../../__tests__/helpers/backends';
import { ExportQuery, ListQuery, PeopleQuery, StatsQuery } from '../../openapi/params';

type Parameter = { name: string; in: string; required?: boolean };
type Operation = { operationId: string; parameters?: Parameter[]; requestBody?: unknown; responses: object };
type Doc = {
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, { properties?: Record<string, unknown>; additionalProperties?: unknown }>;
  };
};

describe.each(backends.slice(0, 1))('the OpenAPI document ($name)', (backend) => {
  let t: TestApp;
  let doc: Doc;
  beforeEach(async () => {
    t = await startTestApp(backend);
    doc = (await (await t.get('/api/v1/openapi.json')).json()) as Doc;
  });
  afterEach(() => t.stop());

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
    );

  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid ? '' : compileErrors(result)).toBe('');
    expect(result.specification).toBe('OpenAPI');
    // The validator does refuse a broken document: a parameter that does not say where it goes.
    const broken = structuredClone(doc) as { paths: Record<string, Record<string, Operation>> };
    delete (broken.paths['/readouts']!.get!.parameters![0] as Partial<Parameter>).in;
    expect((await validate(broken as never)).valid).toBe(false);
  });

  it('has every REST route of the app, and only those', () => {
    const routed = t.app.routes
      .filter((r) => r.method !== 'ALL' && /^\/api\/v1\/(?!docs|openapi\.json)/.test(r.path))
      .map((r) => `${r.method} ${r.path.replace('/api/v1', '').replace(/:(\w+)/g, '{$1}')}`);
    const documented = operations().map((o) => `${o.method} ${o.path}`);
    expect(new Set(routed)).toEqual(new Set(documented));
    expect(documented).toEqual(
      expect.arrayContaining(['GET /export', 'GET /people', 'GET /people/{id}', 'GET /stats', 'GET /me']),
    );
  });

  it('lists each route’s query parameters, written once in the schemas it validates by', () => {
    const names = (path: string) =>
      (doc.paths[path]!.get!.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
    expect(names('/readouts')).toEqual(Object.keys(ListQuery.shape));
    expect(names('/export')).toEqual(Object.keys(ExportQuery.shape));
    expect(names('/stats')).toEqual(Object.keys(StatsQuery.shape));
    expect(names('/people')).toEqual(Object.keys(PeopleQuery.shape));
    expect(names('/readouts/{id}/history')).toEqual(['limit']);
    for (const { path, op } of operations().filter((o) => o.path.includes('{id}')))
      expect(op.parameters, path).toContainEqual(
        expect.objectContaining({ name: 'id', in: 'path', required: true }),
      );
    for (const { path, op } of operations()) expect(Object.keys(op.responses), path).toContain('401');
    const listing = doc.paths['/readouts']!.get!.parameters!.find((p) => p.name === 'q') as {
      description?: string;
    };
    expect(listing.description).toMatch(/Full text/);
  });

  it('documents PATCH and DELETE of a readout and its history', () => {
    expect(doc.paths['/readouts/{id}']!.patch!.operationId).toBe('editReadout');
    expect(doc.paths['/readouts/{id}']!.delete!.operationId).toBe('deleteReadout');
    expect(doc.paths['/readouts/{id}/history']!.get!.operationId).toBe('readoutHistory');
    const patch = doc.components.schemas.ReadoutPatch!;
    expect(Object.keys(patch.properties!)).toEqual(
      expect.arrayContaining([
        'title',
        'date',
        'participants',
        'location',
        'points',
        'tags',
        'note',
        'starred',
      ]),
    );
    expect(patch.additionalProperties).toBe(false);
    expect(doc.components.schemas.HistoryEntry!.properties).toHaveProperty('device');
    expect(doc.components.schemas.Readout!.properties).toHaveProperty('languageVersion');
  });

  it('lists only operations the server routes (each asks for a token instead of 404 or 405)', async () => {
    expect(operations()).toHaveLength(10);
    for (const { method, path } of operations()) {
      const response = await t.app.request(`/api/v1${path.replace('{id}', 'some-id')}`, { method });
      expect([method, path, response.status]).toEqual([method, path, 401]);
    }
  });
});
