// The user's split and join decisions, kept in an IndexedDB database of their own (one register per
// decision key, merged last-writer-wins), so the collection's schema is untouched. They sync with
// the user's other devices through the background (utils/sync/decisions.ts).
import {
  decisionKey,
  join,
  mergeDecisions,
  type PersonDecision,
  PersonDecision as PersonDecisionSchema,
  revoke,
  split,
} from '@readouts/analysis';
import { createClock } from '@readouts/sync';
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

interface DecisionsDB extends DBSchema {
  decisions: { key: string; value: PersonDecision };
}

export const DECISIONS_DB_NAME = 'readouts-analysis';

export class DecisionStore {
  private constructor(
    private readonly db: IDBPDatabase<DecisionsDB>,
    private readonly clock: { tick(): string },
  ) {}

  /** Opens the store; `deviceId` names this device in the decisions' stamps. */
  static async open(deviceId: string): Promise<DecisionStore> {
    const db = await openDB<DecisionsDB>(DECISIONS_DB_NAME, 1, {
      upgrade(database) {
        database.createObjectStore('decisions');
      },
    });
    const last = (await db.getAll('decisions'))
      .map((d) => d.hlc)
      .sort()
      .at(-1);
    return new DecisionStore(db, createClock(deviceId, Date.now, last ? { last } : {}));
  }

  /** Every stored decision that parses (a damaged entry is skipped, not fatal), in hlc order. */
  async all(): Promise<PersonDecision[]> {
    const stored = await this.db.getAll('decisions');
    return mergeDecisions(stored.flatMap((d) => (PersonDecisionSchema.safeParse(d).success ? [d] : [])));
  }

  /** Merges decisions (from this device or another) into the store, latest stamp per key winning. */
  async merge(decisions: PersonDecision[]): Promise<void> {
    const tx = this.db.transaction('decisions', 'readwrite');
    for (const d of decisions) {
      const key = decisionKey(d);
      const held = await tx.store.get(key);
      const [winner] = mergeDecisions(held ? [held, d] : [d]);
      await tx.store.put(winner!, key);
    }
    await tx.done;
  }

  /** Splits the person's mentions in these readouts into a person of their own. */
  split(personId: string, readoutIds: string[]): Promise<PersonDecision> {
    return this.write(split(personId, readoutIds, this.clock.tick()));
  }

  /** Joins person `from` into person `into`. */
  join(into: string, from: string): Promise<PersonDecision> {
    return this.write(join(into, from, this.clock.tick()));
  }

  /** Withdraws a decision. */
  revoke(decision: PersonDecision): Promise<PersonDecision> {
    return this.write(revoke(decision, this.clock.tick()));
  }

  close(): void {
    this.db.close();
  }

  private async write(decision: PersonDecision): Promise<PersonDecision> {
    await this.merge([decision]);
    return decision;
  }
}
