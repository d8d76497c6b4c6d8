// Scores person resolution on the labelled mentions of eval/people.json: participants resolved
// by the registry of every eval page (so the collection-level rules take part), phrases by
// resolveMention alone. Japan's side is scored on the person and, separately, on the office.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildRegistry, type JapanOffice, type Mention, resolveMention } from '../src/index';
import { evalPages, evalReadout } from './eval-pages';

interface Label {
  mention: string | Mention;
  personId: string;
  office: JapanOffice | null;
  note: string;
}

export interface EvalMiss {
  mention: string;
  expected: string;
  got: string;
  note: string;
}

export interface PeopleEvalScore {
  mentions: number;
  correct: number;
  accuracy: number;
  offices: number;
  officesCorrect: number;
  misses: EvalMiss[];
}

const labels = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../eval/people.json'), 'utf8')) as {
  participants: Label[];
  texts: Label[];
};

/** Resolves every labelled mention and counts the right persons and offices. */
export function scorePeopleEval(): PeopleEvalScore {
  const registry = buildRegistry(evalPages().map((p) => p.readout));
  const results = [
    ...labels.participants.map((l) => {
      const [page, index] = (l.mention as string).split('#') as [string, string];
      const readout = evalReadout(page);
      const person = registry.personOf(readout.id, Number(index));
      if (!readout.participants[Number(index)]) throw new Error(`no participant ${l.mention}`);
      const office = person?.appearances.find(
        (a) => a.readoutId === readout.id && a.participantIndex === Number(index),
      )?.office;
      return { label: l, got: person?.id ?? '(none)', office: office ?? null, shown: l.mention as string };
    }),
    ...labels.texts.map((l) => {
      const r = resolveMention(l.mention as Mention);
      return { label: l, got: r.personId, office: r.office, shown: (l.mention as Mention).name };
    }),
  ];
  const misses: EvalMiss[] = [];
  let correct = 0;
  let offices = 0;
  let officesCorrect = 0;
  for (const { label, got, office, shown } of results) {
    if (got === label.personId) correct++;
    else misses.push({ mention: shown, expected: label.personId, got, note: label.note });
    if (label.office) {
      offices++;
      if (office === label.office) officesCorrect++;
      else
        misses.push({
          mention: shown,
          expected: `office ${label.office}`,
          got: `office ${office}`,
          note: label.note,
        });
    }
  }
  return {
    mentions: results.length,
    correct,
    accuracy: correct / results.length,
    offices,
    officesCorrect,
    misses,
  };
}
