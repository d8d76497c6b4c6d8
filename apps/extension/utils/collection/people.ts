// The people of the collection for the participant filter: the analysis package's registry (one
// person for 茂木敏充 and "MOTEGI Toshimitsu"), offered by type-ahead over every spelling seen.
import { buildRegistry, type Person } from '@readouts/analysis';
import type { Readout } from '@readouts/schema';
import { normalise } from './tokenize';

/** One person as the participant filter offers them. */
export interface PersonOption {
  id: string;
  /** Both scripts when the collection knows both: "Toshimitsu Motegi / 茂木敏充". */
  label: string;
  /** How many readouts they appear in. */
  count: number;
}

function labelOf(person: Person): string {
  const names = [person.nameLatin, person.nameJa].filter((name): name is string => Boolean(name));
  return [...new Set(names.length > 0 ? names : person.names.slice(0, 1))].join(' / ');
}

export class PeopleIndex {
  private readonly byId = new Map<string, { option: PersonOption; readouts: Set<string>; text: string }>();
  /** Most often met first, then by label: the type-ahead's order. */
  readonly options: PersonOption[];

  private constructor(people: readonly Person[]) {
    for (const person of people) {
      const readouts = new Set(person.appearances.map((appearance) => appearance.readoutId));
      const option = { id: person.id, label: labelOf(person), count: readouts.size };
      const spellings = [person.nameLatin, person.nameJa, ...person.names].filter(Boolean);
      this.byId.set(person.id, { option, readouts, text: normalise(spellings.join('\n')) });
    }
    this.options = [...this.byId.values()]
      .map((entry) => entry.option)
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  }

  /** Resolves every participant of the collection to a person (split/join decisions aside). */
  static build(readouts: readonly Readout[]): PeopleIndex {
    return new PeopleIndex(buildRegistry(readouts).people);
  }

  get(id: string): PersonOption | undefined {
    return this.byId.get(id)?.option;
  }

  /** The readouts a person appears in; empty for an unknown id. */
  readoutsOf(id: string): Set<string> {
    return this.byId.get(id)?.readouts ?? new Set();
  }

  /**
   * The people any of whose spellings contain the typed text (case and width folded), most met first.
   * @example people.suggest('motegi')[0]?.label // 'Toshimitsu Motegi / 茂木敏充'
   */
  suggest(typed: string, limit = 20): PersonOption[] {
    const needle = normalise(typed).trim();
    if (!needle) return this.options.slice(0, limit);
    const found: PersonOption[] = [];
    for (const option of this.options) {
      if (this.byId.get(option.id)!.text.includes(needle)) found.push(option);
      if (found.length === limit) break;
    }
    return found;
  }
}
