// The OpenAPI document lists the edit and history operations, with the PATCH body from the same
// zod schema the route validates with, and every operation it lists is a route the server has.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../__tests__/helpers/app';
import { backends } from '../../__tests__/helpers/backends';

type Doc = {
  paths: Record<string, Record<string, { operationId: string; requestBody?: unknown }>>;
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
  });

  it('lists only operations the server routes (each asks for a token instead of 404 or 405)', async () => {
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => [method.toUpperCase(), path.replace('{id}', 'some-id')] as const),
    );
    expect(operations).toHaveLength(7);
    for (const [method, path] of operations) {
      const response = await t.app.request(`/api/v1${path}`, { method });
      expect([method, path, response.status]).toEqual([method, path, 401]);
    }
  });
});
