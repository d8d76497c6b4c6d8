// The REST API under /api/v1: every route defined with its schemas (routes/*.ts), gathered in one
// router whose definitions generate the OpenAPI document.

import { languageVersions } from '../analysis/language-versions';
import { apiRouter } from '../openapi/validation';
import type { Storage } from '../storage/types';
import { exportRoutes } from './routes/export';
import { meRoutes } from './routes/me';
import { peopleRoutes } from './routes/people';
import { readoutRoutes } from './routes/readouts';
import { statsRoutes } from './routes/stats';

/** The REST routes over `storage`; mount at /api/v1 behind the identity middleware. */
export function restApi(storage: Storage) {
  return apiRouter()
    .route('/', readoutRoutes(storage, languageVersions(storage)))
    .route('/', statsRoutes(storage))
    .route('/', exportRoutes(storage))
    .route('/', peopleRoutes(storage))
    .route('/', meRoutes(storage));
}
