// The note of a record as a multi-value register: an edit replaces the versions its writer saw,
// and versions written concurrently (neither writer saw the other's) are all kept, the newest
// shown as the note and the others as conflicts, until an edit that saw them all resolves them.
//
// "Saw" is told by the `base` an edit carries, the newest note version the writer was shown
// (conflicts included): an edit replaces every version stamped no later than its base, and every
// earlier version of its own device whose base it covers (a device always sees its own edits, even
// when the readout it edited still names an older base). That relation is transitive, so keeping
// the versions no other version replaces is a join: commutative, associative and idempotent.
// A base is one timestamp, not a version vector: a version stamped before the base but received
// after it counts as seen, as under last-writer-wins.
import { type Hlc, MAX_NOTE_CONFLICTS, type NoteRegister, type NoteVersion } from '@readouts/schema';
import { canonicalJson } from './content-order';

/** An hlc's node id: what follows `wallMs-counter-`. */
const nodeOf = (hlc: Hlc): string => hlc.slice(22);

/**
 * The version's writer saw every version stamped strictly before this string: none for a null
 * base, up to and including the base for a base, every older one for an edit of an older release
 * (no base). Never past the version's own hlc, whatever a misbehaving client sends.
 */
function horizon(version: NoteVersion): string {
  if (version.base === undefined) return version.hlc;
  if (version.base === null) return '';
  // '\u0001' sorts below every hlc character, so `hlc < base + '\u0001'` is `hlc <= base`.
  const through = `${version.base}\u0001`;
  return through < version.hlc ? through : version.hlc;
}

/** Whether version `x` replaces version `y` (its writer saw `y`). */
export function replacesNote(x: NoteVersion, y: NoteVersion): boolean {
  if (!(y.hlc < x.hlc)) return false;
  const seen = horizon(x);
  return y.hlc < seen || (nodeOf(x.hlc) === nodeOf(y.hlc) && horizon(y) <= seen);
}

/** A register's versions, the shown one first. */
export function noteVersions(register: NoteRegister | null): NoteVersion[] {
  if (register === null) return [];
  const { conflicts = [], ...shown } = register;
  return [shown, ...conflicts].map(version);
}

/** A version with its keys in one order, so equal states serialize alike wherever they came from. */
const version = ({ value, hlc, base }: NoteVersion): NoteVersion =>
  base === undefined ? { value, hlc } : { value, hlc, base };

const newestFirst = (a: NoteVersion, b: NoteVersion): number => {
  if (a.hlc !== b.hlc) return a.hlc > b.hlc ? -1 : 1;
  const [x, y] = [canonicalJson(a), canonicalJson(b)];
  return x === y ? 0 : x > y ? -1 : 1;
};

/**
 * The register holding the versions no other of `versions` replaces, newest shown (equal hlcs,
 * only from a misbehaving node, fall back to the canonical JSON), the rest as conflicts.
 */
export function noteRegister(versions: readonly NoteVersion[]): NoteRegister | null {
  const unique = new Map(versions.map((v) => [canonicalJson(v), version(v)]));
  const kept = [...unique.values()]
    .filter((v) => ![...unique.values()].some((other) => replacesNote(other, v)))
    .sort(newestFirst)
    .slice(0, MAX_NOTE_CONFLICTS + 1);
  const [shown, ...conflicts] = kept;
  if (!shown) return null;
  // Written without `conflicts` when there are none, so a state without conflicts reads as before.
  return conflicts.length ? { ...shown, conflicts } : { ...shown };
}

/** Joins two note registers of one record. */
export function mergeNotes(a: NoteRegister | null, b: NoteRegister | null): NoteRegister | null {
  if (a === null) return b;
  if (b === null) return a;
  return noteRegister([...noteVersions(a), ...noteVersions(b)]);
}
