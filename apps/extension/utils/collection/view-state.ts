// What the collection's URL says: the search, the filters and the readout open in the detail view,
// as a query string (`?q=Quad&country=KR&from=2024-01-01&readout=<id>`), so a view can be
// bookmarked, survives a reload and moves with back and forward. A value the page cannot use is
// left out and reported, never allowed to blank the page.
import { cleanTag, isoDate, Lang, MAX_TAG_LENGTH, MeetingFormat } from '@readouts/schema';
import { type Filters, noFilters } from './filters';

export interface ViewState {
  filters: Filters;
  /** The readout open in the detail view. */
  readout: string | null;
}

/** Why a URL parameter was left out. */
export type ProblemReason = 'invalid' | 'unknown' | 'repeated' | 'range';

export interface ViewProblem {
  param: string;
  value: string;
  reason: ProblemReason;
}

export const MAX_QUERY_LENGTH = 500;
const MAX_ID_LENGTH = 300;

/** One URL parameter: its name and how a value becomes a field (undefined: not valid). */
interface Param<K extends keyof ViewState['filters'] | 'readout'> {
  name: string;
  field: K;
  read(
    value: string,
  ): (K extends 'readout' ? string : ViewState['filters'][Exclude<K, 'readout'>]) | undefined;
}

const text = (max: number) => (value: string) => (value.trim() && value.length <= max ? value : undefined);
const fromEnum =
  <T extends string>(values: readonly T[]) =>
  (value: string) =>
    (values as readonly string[]).includes(value) ? (value as T) : undefined;
const day = (value: string) => (isoDate.safeParse(value).success ? value : undefined);

/** The parameters in the order they are written; the names are the server API's where it has one. */
const PARAMS = [
  { name: 'q', field: 'query', read: text(MAX_QUERY_LENGTH) },
  { name: 'country', field: 'country', read: (v) => (/^[A-Za-z]{2}$/.test(v) ? v.toUpperCase() : undefined) },
  { name: 'format', field: 'format', read: fromEnum(MeetingFormat.options) },
  { name: 'year', field: 'year', read: (v) => (/^\d{4}$/.test(v) ? v : undefined) },
  { name: 'lang', field: 'lang', read: fromEnum(Lang.options) },
  {
    name: 'tag',
    field: 'tag',
    read: (v) => (cleanTag(v) && v.length <= MAX_TAG_LENGTH ? cleanTag(v) : undefined),
  },
  { name: 'topic', field: 'topic', read: text(MAX_TAG_LENGTH * 5) },
  { name: 'participant', field: 'participant', read: text(MAX_ID_LENGTH) },
  { name: 'from', field: 'from', read: day },
  { name: 'to', field: 'to', read: day },
  { name: 'starred', field: 'starredOnly', read: (v) => (v === '1' ? true : undefined) },
  { name: 'readout', field: 'readout', read: text(MAX_ID_LENGTH) },
] as const satisfies ReadonlyArray<Param<keyof Filters | 'readout'>>;

const BY_NAME = new Map<string, (typeof PARAMS)[number]>(PARAMS.map((param) => [param.name, param]));

/**
 * Reads a view from a query string; every parameter it cannot use is left out and named in
 * `problems` (a bad date, an unknown format, a `from` after `to`, a name given twice).
 * @example parseViewState('?country=kr&from=2024-02-30').problems // [{ param: 'from', value: '2024-02-30', reason: 'invalid' }]
 */
export function parseViewState(search: string): { state: ViewState; problems: ViewProblem[] } {
  const params = new URLSearchParams(search);
  const filters: Record<string, unknown> = { ...noFilters() };
  let readout: string | null = null;
  const problems: ViewProblem[] = [];
  const seen = new Set<string>();
  for (const [name, value] of params) {
    const param = BY_NAME.get(name);
    if (!param) {
      problems.push({ param: name, value, reason: 'unknown' });
      continue;
    }
    if (seen.has(name)) {
      problems.push({ param: name, value, reason: 'repeated' });
      continue;
    }
    seen.add(name);
    const read = param.read(value);
    if (read === undefined) problems.push({ param: name, value, reason: 'invalid' });
    else if (param.field === 'readout') readout = read as string;
    else filters[param.field] = read;
  }
  const state: ViewState = { filters: filters as unknown as Filters, readout };
  const { from, to } = state.filters;
  if (from && to && from > to) {
    problems.push({ param: 'to', value: to, reason: 'range' });
    state.filters.to = null;
  }
  return { state, problems };
}

/**
 * The query string of a view (with its `?`, or '' for the whole collection), parameters in a fixed
 * order and defaults left out, so one view has one URL.
 * @example serialiseViewState({ filters: { ...noFilters(), country: 'KR' }, readout: null }) // '?country=KR'
 */
export function serialiseViewState(state: ViewState): string {
  const params = new URLSearchParams();
  for (const param of PARAMS) {
    const value = param.field === 'readout' ? state.readout : state.filters[param.field];
    if (value === null || value === false || (typeof value === 'string' && !value.trim())) continue;
    params.set(param.name, value === true ? '1' : String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether two views are the same (the same URL). */
export const sameView = (a: ViewState, b: ViewState): boolean =>
  serialiseViewState(a) === serialiseViewState(b);
