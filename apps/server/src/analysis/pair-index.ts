// A user's English/Japanese pairs, kept up to date change by change instead of recomputed over the
// whole collection. @readouts/bulk's `pairReadouts` scores every English page against the Japanese
// pages within a day of it (about 700,000 candidates at 100,000 readouts, a minute of one core)
// and assigns them greedily, best score first. Greedy assignment decides each connected group of
// candidates on its own (two candidates interact only through a page they share), so after a
// change only the groups around the changed pages are assigned again, with the same total order
// of candidates, and the result is exactly `pairReadouts`' (a test compares them).
import {
  assignGreedy,
  type Candidate,
  DEFAULT_PAIR_THRESHOLD,
  decisionKey,
  findings,
  latestFirst,
  type PairableReadout,
  type PairDecisions,
} from '@readouts/bulk';
import type { Readout, RecordState } from '@readouts/schema';
import { materialize } from '@readouts/sync';
import { readUserDecisions } from '../storage/decisions-read';
import type { Storage } from '../storage/types';

/** A page's other version, as REST `languageVersion` names it. */
export interface OtherVersion {
  id: string;
  lang: Readout['lang'];
}

const DAY_MS = 86_400_000;

/** pairCandidates' notion of a day: YYYY-MM-DD and a real date. */
const isDay = (date: string | null | undefined): date is string =>
  typeof date === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(date) &&
  !Number.isNaN(Date.parse(`${date}T00:00:00Z`));

const shiftDay = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

const points = (en: PairableReadout, ja: PairableReadout): number =>
  findings(en, ja).reduce((sum, f) => sum + f.points, 0);

/** What pairing reads of a readout, so the index holds no more of a page than it compares. */
export function pairable(readout: Readout): PairableReadout {
  const { id, lang, title, date, startTime, format, participants, location, durationMinutes } = readout;
  return { id, lang, title, date, startTime, format, participants, location, durationMinutes };
}

/**
 * The pages, their candidates at or above the threshold, the user's decisions and the pairs.
 * `put` and `remove` change pages; `settle` assigns the groups they touched again.
 */
export class PairIndex {
  private readonly pages = new Map<string, PairableReadout>();
  /** Pages with a pairable date, per language and day. */
  private readonly days = { en: new Map<string, Set<string>>(), ja: new Map<string, Set<string>>() };
  /** Candidates at or above the threshold, both ways: page id → other page id → score. */
  private readonly edges = new Map<string, Map<string, number>>();
  private readonly partner = new Map<string, string>();
  /** Pages claimed by join decisions, and the id pairs split decisions forbid. */
  private taken = new Set<string>();
  private split = new Set<string>();
  private joins: Array<{ en: string; ja: string }> = [];
  private decisions: PairDecisions = {};
  /** Pages whose groups are to be assigned again at the next `settle`. */
  private readonly dirty = new Set<string>();
  /** Set when every page is to be assigned again: at first, and after new decisions. */
  private everything = true;
  /** The pages the decisions name, for the decisions they were read from. */
  private decisionPagesOf: { of: PairDecisions; ids: Set<string> } | null = null;

  constructor(private readonly threshold = DEFAULT_PAIR_THRESHOLD) {}

  get size(): number {
    return this.pages.size;
  }

  /** The page's other version, or null when it is not paired. */
  otherVersion(id: string): OtherVersion | null {
    const other = this.partner.get(id);
    if (other === undefined) return null;
    return { id: other, lang: this.pages.get(other)?.lang === 'ja' ? 'ja' : 'en' };
  }

  /** Every pair, English id first. */
  pairs(): Array<{ en: string; ja: string }> {
    const out: Array<{ en: string; ja: string }> = [];
    for (const [id, other] of this.partner)
      if (this.pages.get(id)?.lang === 'en') out.push({ en: id, ja: other });
    return out;
  }

  /** Adds or replaces a page (its candidates scored against the other language's pages within a day). */
  put(page: PairableReadout): void {
    this.remove(page.id);
    this.pages.set(page.id, page);
    this.dirty.add(page.id);
    if ((page.lang !== 'en' && page.lang !== 'ja') || !isDay(page.date)) return;
    this.dayOf(page.lang, page.date).add(page.id);
    const other = page.lang === 'en' ? this.days.ja : this.days.en;
    const links = new Map<string, number>();
    for (const shift of [-1, 0, 1]) {
      for (const otherId of other.get(shiftDay(page.date, shift)) ?? []) {
        const otherPage = this.pages.get(otherId)!;
        const score = page.lang === 'en' ? points(page, otherPage) : points(otherPage, page);
        if (score < this.threshold) continue;
        links.set(otherId, score);
        this.linksOf(otherId).set(page.id, score);
      }
    }
    if (links.size) this.edges.set(page.id, links);
  }

  /** Removes a page (deleted, or about to be replaced) and its candidates. */
  remove(id: string): void {
    const page = this.pages.get(id);
    if (!page) return;
    this.pages.delete(id);
    this.dirty.add(id);
    if ((page.lang === 'en' || page.lang === 'ja') && isDay(page.date)) {
      const day = this.days[page.lang].get(page.date);
      day?.delete(id);
      if (day?.size === 0) this.days[page.lang].delete(page.date);
    }
    for (const otherId of this.edges.get(id)?.keys() ?? []) {
      this.dirty.add(otherId);
      const back = this.edges.get(otherId);
      back?.delete(id);
      if (back?.size === 0) this.edges.delete(otherId);
    }
    this.edges.delete(id);
  }

  /** Replaces the user's decisions; every page is assigned again at the next `settle`. */
  setDecisions(decisions: PairDecisions): void {
    this.decisions = decisions;
    this.split = new Set(
      Object.values(decisions)
        .filter((d) => d.action === 'split')
        .map((d) => decisionKey(d.en, d.ja)),
    );
    this.everything = true;
  }

  /** Whether a page is named by any decision (a join's claim depends on the page being there). */
  private named(id: string): boolean {
    return this.decisionPages.has(id);
  }

  private get decisionPages(): Set<string> {
    if (!this.decisionPagesOf || this.decisionPagesOf.of !== this.decisions) {
      const ids = new Set<string>();
      for (const d of Object.values(this.decisions)) ids.add(d.en).add(d.ja);
      this.decisionPagesOf = { of: this.decisions, ids };
    }
    return this.decisionPagesOf.ids;
  }

  /** Assigns again every group a change since the last `settle` touched (all of them after new decisions). */
  settle(): void {
    if (!this.everything && [...this.dirty].some((id) => this.named(id))) this.everything = true;
    if (this.everything) {
      this.claimJoins();
      this.partner.clear();
      for (const { en, ja } of this.joins) this.link(en, ja);
      // Group by group: the same result as one assignment of every candidate, sorted in pieces.
      const seen = new Set<string>();
      for (const id of this.edges.keys()) {
        if (seen.has(id)) continue;
        const group = this.groupOf([id]);
        for (const member of group) seen.add(member);
        this.assign(this.candidatesOf(group));
      }
    } else if (this.dirty.size) {
      const group = this.groupOf(this.dirty);
      for (const id of group) {
        const other = this.partner.get(id);
        // A join's pages are outside every group (their candidates are never open).
        if (other !== undefined && !this.taken.has(id)) {
          this.partner.delete(id);
          this.partner.delete(other);
        }
      }
      this.assign(this.candidatesOf(group));
    }
    this.dirty.clear();
    this.everything = false;
  }

  /** The joins that claim their pages: latest first, both pages present in the right languages. */
  private claimJoins(): void {
    this.taken = new Set();
    this.joins = [];
    for (const d of latestFirst(this.decisions)) {
      const en = this.pages.get(d.en);
      const ja = this.pages.get(d.ja);
      if (d.action !== 'join' || !en || !ja || en.lang !== 'en' || ja.lang !== 'ja') continue;
      if (this.taken.has(d.en) || this.taken.has(d.ja)) continue;
      this.taken.add(d.en).add(d.ja);
      this.joins.push({ en: d.en, ja: d.ja });
    }
  }

  private link(en: string, ja: string): void {
    this.partner.set(en, ja);
    this.partner.set(ja, en);
  }

  private assign(candidates: Candidate[]): void {
    for (const c of assignGreedy(candidates, this.taken)) this.link(c.en, c.ja);
  }

  /** An open candidate (not split); English page first. */
  private candidate(id: string, otherId: string, score: number): Candidate | null {
    const enFirst = this.pages.get(id)?.lang === 'en';
    const [en, ja] = enFirst ? [id, otherId] : [otherId, id];
    return this.split.has(decisionKey(en, ja)) ? null : { en, ja, score };
  }

  /** The open candidates among `group` (each once). */
  private candidatesOf(group: Set<string>): Candidate[] {
    const out: Candidate[] = [];
    for (const id of group) {
      if (this.pages.get(id)?.lang !== 'en') continue;
      for (const [otherId, score] of this.edges.get(id) ?? []) {
        const c = this.candidate(id, otherId, score);
        if (c) out.push(c);
      }
    }
    return out;
  }

  /** The pages connected to `start` through candidates (pages still present). */
  private groupOf(start: Iterable<string>): Set<string> {
    const group = new Set<string>();
    const queue: string[] = [];
    for (const id of start) {
      if (this.pages.has(id) && !group.has(id)) {
        group.add(id);
        queue.push(id);
      }
    }
    while (queue.length) {
      const id = queue.pop()!;
      for (const otherId of this.edges.get(id)?.keys() ?? []) {
        if (group.has(otherId)) continue;
        group.add(otherId);
        queue.push(otherId);
      }
    }
    return group;
  }

  private dayOf(lang: 'en' | 'ja', date: string): Set<string> {
    let day = this.days[lang].get(date);
    if (!day) {
      day = new Set();
      this.days[lang].set(date, day);
    }
    return day;
  }

  private linksOf(id: string): Map<string, number> {
    let links = this.edges.get(id);
    if (!links) {
      links = new Map();
      this.edges.set(id, links);
    }
    return links;
  }
}

/**
 * Pages kept in all users' indexes together; past it the least recently used users' indexes are
 * dropped (never the one in use), to be built again on their next use. A page costs about 2 kB
 * (its pairable fields and traits: 200 MB at 100,000), so this bounds the server's heap at about
 * half a gigabyte for pairs, whatever the number of users.
 */
export const MAX_PAGES = 250_000;
/** Changes read per pull while an index catches up. */
const PULL_PAGE = 250;

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

interface UserIndex {
  index: PairIndex;
  /** The change sequence and collection mark the index has read up to, and the decision head. */
  seq: number;
  collected: number;
  decisionHead: number | null;
  /** The catch-up under way: a user's requests wait for one another's. */
  turn: Promise<unknown>;
}

/** Each user's pair index, brought up to date with the user's changes and decisions on each use. */
export interface PairIndexes {
  get(userId: number): Promise<PairIndex>;
}

/**
 * Indexes read the user's changes through `Storage.pull`, the way a device does: the first use
 * reads the whole collection (yielding between pages, so other requests go on), every later use
 * only what changed since, so an edit costs the groups around the pages it touched.
 */
export function pairIndexes(storage: Storage, maxPages = MAX_PAGES): PairIndexes {
  const users = new Map<number, UserIndex>();
  const fresh = (): UserIndex => ({
    index: new PairIndex(),
    seq: 0,
    collected: 0,
    decisionHead: null,
    turn: Promise.resolve(),
  });

  async function catchUp(user: UserIndex, userId: number): Promise<void> {
    const [head, decisionHead] = await Promise.all([
      storage.changeHead(userId),
      storage.decisionHead(userId),
    ]);
    while (user.seq < head) {
      const page = await storage.pull(userId, user.seq, PULL_PAGE, user.collected);
      if (page.resetRequired) {
        // Deletes were collected past our cursor: read the collection again from the start.
        Object.assign(user, {
          ...fresh(),
          turn: user.turn,
          decisionHead: null,
          collected: page.collectedSeq ?? 0,
        });
        continue;
      }
      for (const change of page.changes) {
        const readout = readoutOf(change.stateJson);
        if (readout) user.index.put(pairable(readout));
        else user.index.remove(change.readoutId);
      }
      user.seq = page.cursor;
      user.collected = page.collectedSeq ?? user.collected;
      if (!page.hasMore) break;
      await yieldToOthers();
    }
    if (decisionHead !== user.decisionHead) {
      user.index.setDecisions((await readUserDecisions(storage, userId)).pairs);
      user.decisionHead = decisionHead;
    }
    user.index.settle();
  }

  return {
    get(userId) {
      const user = users.get(userId) ?? fresh();
      users.delete(userId);
      users.set(userId, user);
      const done = user.turn.then(async () => {
        await catchUp(user, userId);
        let pages = 0;
        for (const other of users.values()) pages += other.index.size;
        for (const [id, other] of users) {
          if (pages <= maxPages || other === user) break;
          users.delete(id);
          pages -= other.index.size;
        }
      });
      user.turn = done.catch(() => {
        // A failed catch-up leaves the index where it was; the next use tries again from there.
      });
      return done.then(() => user.index);
    },
  };
}

const utf8 = new TextDecoder();

/** The readout a pulled state stands for (null: deleted, not captured, or unreadable). */
function readoutOf(stateJson: Uint8Array): Readout | null {
  try {
    return materialize(JSON.parse(utf8.decode(stateJson)) as RecordState);
  } catch {
    return null;
  }
}
