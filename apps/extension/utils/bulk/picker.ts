// The popup's list of links to capture, as data: each discovered link marked captured or not, the
// filters by link text and list date, and which links a "select all" picks. Free of DOM code.
import {
  type ArchiveScope,
  archiveLinks,
  discoverReadoutLinks,
  type ReadoutLink,
  selectArchives,
} from '@readouts/bulk';

/** A discovered link and whether the collection holds its readout already. */
export interface PickerLink extends ReadoutLink {
  captured: boolean;
}

export interface PickerFilter {
  /** Words the link text must contain (any case, full- or half-width alike). */
  text: string;
  /** YYYY-MM-DD bounds on the list date, inclusive; a link without a date fails a date bound. */
  from: string | null;
  to: string | null;
}

export const NO_FILTER: PickerFilter = { text: '', from: null, to: null };

const fold = (text: string): string => text.normalize('NFKC').toLowerCase();

/** Marks each link captured or not, one per readout id (the first seen kept). */
export function pickerLinks(lists: readonly ReadoutLink[][], captured: ReadonlySet<string>): PickerLink[] {
  const seen = new Map<string, PickerLink>();
  for (const link of lists.flat()) {
    if (!seen.has(link.id)) seen.set(link.id, { ...link, captured: captured.has(link.id) });
  }
  return [...seen.values()];
}

/** Whether a link passes the filter. */
export function matchesFilter(link: PickerLink, filter: PickerFilter): boolean {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  const text = fold(link.text);
  if (!words.every((w) => text.includes(w))) return false;
  if (filter.from && (!link.listDate || link.listDate < filter.from)) return false;
  if (filter.to && (!link.listDate || link.listDate > filter.to)) return false;
  return true;
}

/** What "select all" picks: the shown links not captured yet. */
export const selectable = (links: readonly PickerLink[], filter: PickerFilter): string[] =>
  links.filter((l) => !l.captured && matchesFilter(l, filter)).map((l) => l.id);

/** Fetches one list page as a Document (the popup's fetch and DOMParser; a fake in tests). */
export type FetchDocument = (url: string) => Promise<Document>;

/**
 * The readout links of a list page and, when asked, of its archive pages for `scope` (fetched one
 * after another, `spacingMs` apart, as politely as the capture queue).
 */
export async function discoverWithArchives(
  document: Document,
  pageUrl: string,
  options: {
    scope: ArchiveScope | null;
    today: string;
    spacingMs: number;
    fetchDocument: FetchDocument;
    wait?: (ms: number) => Promise<void>;
  },
): Promise<ReadoutLink[][]> {
  const lists = [discoverReadoutLinks(document, pageUrl, { today: options.today })];
  if (!options.scope) return lists;
  const wait = options.wait ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const archives = selectArchives(archiveLinks(document, pageUrl), options.scope, options.today);
  for (const [index, archive] of archives.entries()) {
    if (index > 0) await wait(options.spacingMs);
    const page = await options.fetchDocument(archive.url);
    lists.push(discoverReadoutLinks(page, archive.url, { today: options.today }));
  }
  return lists;
}
