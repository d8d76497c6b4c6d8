// The readout query shared by the REST API and the tRPC `readouts.list` procedure.
import { MAX_PAGE_SIZE, ReadoutQuery } from '@readouts/api';
import { z } from 'zod';

// Defined in @readouts/api, whose router validates `readouts.list` with it.
export {
  calendarDate,
  MAX_PAGE_SIZE,
  ReadoutQuery,
  type ReadoutQueryInput,
  SortOrder,
} from '@readouts/api';

/** The same query read from URL parameters, where `limit` arrives as text. */
export const ReadoutQueryParams = ReadoutQuery.extend({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
}).strict();
