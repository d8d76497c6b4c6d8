// A naive model of the conflict rules, computed straight from the list of mutations, to check the
// CRDT against: what each readout should look like once every mutation has been seen.
import { CorrectableField, type Mutation, type Readout, tagKey } from '@readouts/schema';
import { canonicalJson } from '../content-order';
import { replacesNote } from '../note';

const latest = <T extends { hlc: string }>(items: readonly T[]): T | undefined =>
  [...items].sort((a, b) => (a.hlc < b.hlc ? 1 : -1))[0];

/** The readout the rules say `mutations` (all on `readoutId`, any order, repeats allowed) produce. */
export function expectedReadout(readoutId: string, mutations: readonly Mutation[]): Readout | null {
  const mine = mutations.filter((m) => m.readoutId === readoutId);
  const captures = mine.flatMap((m) => (m.type === 'capture' ? [m] : []));
  if (captures.length === 0) return null;
  const lastDelete = latest(mine.filter((m) => m.type === 'delete'));
  // A setTags naming no tag changes nothing, so it is no edit either.
  const edits = mine.filter(
    (m) => m.type !== 'delete' && !(m.type === 'setTags' && [...m.add, ...m.remove].length === 0),
  );
  const lastEdit = latest(edits);
  if (lastDelete && !(lastEdit && lastEdit.hlc > lastDelete.hlc)) return null;

  const key = (m: (typeof captures)[number]) =>
    [
      Date.parse(m.readout.capture.capturedAt),
      m.readout.capture.contentHash,
      canonicalJson(m.readout),
    ] as const;
  const [winner] = [...captures].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? 1 : -1;
    return 0;
  });

  // Per tag key: present when its latest add is later than its latest remove; shown in that add's
  // spelling; listed by that add's hlc, then its place in the add.
  const tagEdits = mine.flatMap((m) => (m.type === 'setTags' ? [m] : []));
  const keys = new Set(tagEdits.flatMap((m) => [...m.add, ...m.remove].map(tagKey)));
  const tags = [...keys]
    .flatMap((key) => {
      const added = latest(tagEdits.filter((m) => m.add.some((t) => tagKey(t) === key)));
      const removed = latest(tagEdits.filter((m) => m.remove.some((t) => tagKey(t) === key)));
      if (!added || (removed && removed.hlc >= added.hlc)) return [];
      const index = added.add.findIndex((t) => tagKey(t) === key);
      return [{ key, label: added.add[index]!.trim(), order: [added.hlc, index, key] as const }];
    })
    .sort((a, b) => {
      for (let i = 0; i < 3; i++) if (a.order[i] !== b.order[i]) return a.order[i]! < b.order[i]! ? -1 : 1;
      return 0;
    })
    .map((tag) => tag.label);
  // Every note version no other version replaces (its writer saw it, by `replacesNote`) is kept:
  // the newest shown, the others (with text) listed as conflicts, newest first.
  const notes = mine.flatMap((m) =>
    m.type === 'setNote'
      ? [{ value: m.note, hlc: m.hlc, ...(m.base !== undefined ? { base: m.base } : {}) }]
      : [],
  );
  const kept = notes
    .filter((v) => !notes.some((other) => replacesNote(other, v)))
    .sort((a, b) =>
      a.hlc !== b.hlc ? (a.hlc < b.hlc ? 1 : -1) : canonicalJson(a) < canonicalJson(b) ? 1 : -1,
    );
  const [note, ...others] = kept;
  const conflicts = others
    .filter((v) => v.value !== '')
    .map(({ value, hlc }) => ({ value, hlc }))
    // A version delivered twice is one version.
    .filter((v, i, all) => all.findIndex((w) => canonicalJson(w) === canonicalJson(v)) === i);
  const star = latest(mine.flatMap((m) => (m.type === 'setStarred' ? [m] : [])));
  // Per field, the latest correction or revert naming it; a correction shows its value.
  const content: Record<string, unknown> = { ...winner!.readout };
  const corrected: Readout['corrected'] = [];
  const pageChanged: Readout['pageChanged'] = [];
  const extracted: Record<string, unknown> = {};
  for (const field of CorrectableField.options) {
    const last = latest(
      mine.flatMap((m) => (m.type === 'correct' && m.fields[field] !== undefined ? [m] : [])),
    );
    const change = last?.type === 'correct' ? last.fields[field] : null;
    if (!change) continue;
    corrected.push(field);
    extracted[field] = content[field];
    if (canonicalJson(content[field]) !== canonicalJson(change.base)) pageChanged.push(field);
    content[field] = change.value;
  }
  return {
    ...(content as Omit<Readout, 'user' | 'corrected' | 'extracted' | 'pageChanged'>),
    corrected,
    extracted,
    pageChanged,
    user: {
      tags,
      note: note?.value ?? '',
      starred: star?.starred ?? false,
      ...(note ? { noteVersion: note.hlc } : {}),
      ...(conflicts.length ? { noteConflicts: conflicts } : {}),
    },
  };
}
