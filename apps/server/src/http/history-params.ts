// Query parameters of `GET /api/v1/readouts/{id}/history`.
import { MAX_HISTORY } from '@readouts/api';
import { z } from 'zod';

export const HistoryParams = z
  .object({ limit: z.coerce.number().int().min(1).max(MAX_HISTORY).default(100) })
  .strict();
export type HistoryParams = z.infer<typeof HistoryParams>;
