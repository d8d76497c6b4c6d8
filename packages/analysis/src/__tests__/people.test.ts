// Person resolution on real readouts: one person across languages, scripts and titles; offices by
// title or by date; the user's split and join decisions.
import { fakeReadout } from '@readouts/schema/testing';
import { describe, expect, it } from 'vitest';
import { evalReadout } from '../../scripts/eval-pages';
import {
  applyDecisions,
  buildRegistry,
  join,
  mergeDecisions,
  PersonDecisions,
  resolveMention,
  revoke,
  split,
  splitPersonId,
} from '../index';

const hlc = (ms: number, node = 'deviceA') => `${String(ms).padStart(15, '0')}-00000-${node}`;

const kono = [
  'dev/real/la_c-sa-pe-page3e_000774.html', // Taro Kono
  'dev/real/mofaj-la_c-m_ca_c-mx-page4_004273.html', // 河野太郎
  'heldout6/na-na1-us-page4e_000853.html', // Taro Kono, no title
].map(evalReadout);
const wang = [
  'dev/real/a_o-c_m1-cn-pageite_000001_00718.html', // Wang Yi
  'heldout/real/mofaj-a_o-c_m1-cn-page4_005493.html', // 王毅
].map(evalReadout);
const kishida = [
  'dev/real/press-release-press22e_000039.html', // Fumio Kishida, FM 2015
  'heldout3/real/https-japan-kantei-go-jp-101_kishida-diplomatic-202305-20india.html', // KISHIDA Fumio, PM 2023
  'heldout7/mofaj-a_o-rp-page3_001318.html', // 岸田 外務大臣, 城内 副大臣
].map(evalReadout);

describe('the people registry', () => {
  it('resolves Taro Kono, 河野太郎 and an untitled Taro Kono to one person, Foreign Minister each time', () => {
    const registry = buildRegistry(kono);
    const person = registry.get('jp-kono-taro');
    expect(person?.appearances.map((a) => a.readoutId).sort()).toEqual(kono.map((r) => r.id).sort());
    expect(person?.names).toEqual(expect.arrayContaining(['Taro Kono', '河野太郎']));
    expect(person?.nameJa).toBe('河野太郎');
    expect(person?.appearances.every((a) => a.office === 'foreign-minister')).toBe(true);
  });

  it('resolves Wang Yi on an English page and 王毅 on a Japanese page with no Latin form', () => {
    const registry = buildRegistry(wang);
    expect(registry.personOf(wang[0]!.id, 1)?.id).toBe('cn-wang-yi');
    expect(registry.personOf(wang[1]!.id, 1)?.id).toBe('cn-wang-yi');
    expect(registry.get('cn-wang-yi')?.country).toBe('CN');
  });

  it('keeps Kishida one person with the office of each meeting: FM in 2015, PM in 2023', () => {
    const person = buildRegistry(kishida).get('jp-kishida-fumio')!;
    expect(person.appearances.map((a) => [a.date, a.office])).toEqual([
      ['2015-08-06', 'foreign-minister'],
      ['2015-08-08', 'foreign-minister'],
      ['2023-05-20', 'prime-minister'],
    ]);
  });

  it('resolves a family name by the table and the date: 菅 in 2010 is Kan Naoto, in 2020 Suga Yoshihide', () => {
    expect(resolveMention({ name: '菅', title: '総理', side: 'japan', date: '2010-10-29' }).personId).toBe(
      'jp-kan-naoto',
    );
    expect(resolveMention({ name: '菅総理大臣', side: 'japan', date: '2020-10-06' }).personId).toBe(
      'jp-suga-yoshihide',
    );
  });

  it('resolves a title alone to the officeholder of the day, and not a minister’s family name with another title', () => {
    expect(resolveMention({ name: '外務大臣', side: 'japan', date: '2018-05-21' }).personId).toBe(
      'jp-kono-taro',
    );
    expect(resolveMention({ name: '林大臣', side: 'japan', date: '2022-06-20' }).personId).toBe(
      'jp-hayashi-yoshimasa',
    );
    const other = resolveMention({ name: '林', title: '欧州局長', side: 'japan', date: '2019-05-14' });
    expect(other.personId).not.toBe('jp-hayashi-yoshimasa');
    expect(other.office).toBe('other');
  });

  it('links a katakana name to the Latin form another page gave it (レックス・ティラソン)', () => {
    const registry = buildRegistry(
      [
        'heldout/real/mofaj-na-na1-us-page4_002971.html',
        'heldout/real/mofaj-na-na1-us-page4_003417.html',
      ].map(evalReadout),
    );
    const tillerson = registry.get('us-rex-tillerson');
    expect(tillerson?.appearances).toHaveLength(2);
    expect(tillerson?.appearances.map((a) => a.rule).sort()).toEqual(['alias', 'name']);
  });
});

describe('split and join decisions', () => {
  const [fm, , untitled] = kono;

  it('splits readouts off a person into a person of their own, and joins them back', () => {
    const splitting = split('jp-kono-taro', [untitled!.id], hlc(1));
    const splitOff = splitPersonId('jp-kono-taro', [untitled!.id]);
    const afterSplit = buildRegistry(kono, [splitting]);
    expect(afterSplit.personOf(untitled!.id, 0)?.id).toBe(splitOff);
    expect(afterSplit.get('jp-kono-taro')?.appearances).toHaveLength(2);
    expect(afterSplit.personOf(untitled!.id, 0)?.appearances[0]?.rule).toBe('decision');

    const rejoined = buildRegistry(kono, [splitting, join('jp-kono-taro', splitOff, hlc(2))]);
    expect(rejoined.get('jp-kono-taro')?.appearances).toHaveLength(3);
    expect(rejoined.get(splitOff)).toBeUndefined();
    expect(fm).toBeDefined();
  });

  it('joins two automatic people (a missed merge)', () => {
    const a = fakeReadout({ id: 'a', date: '2020-01-01' });
    const b = fakeReadout({
      id: 'b',
      date: '2020-02-01',
      participants: [{ ...a.participants[1]!, name: 'Marise Anne Payne' }],
    });
    const before = buildRegistry([a, b]);
    const other = before.personOf('b', 0)!.id;
    expect(other).not.toBe('au-marise-payne');
    const after = buildRegistry([a, b], [join('au-marise-payne', other, hlc(5))]);
    expect(after.get('au-marise-payne')?.appearances.map((x) => x.readoutId)).toEqual(['a', 'b']);
  });

  it('merges decision lists last-writer-wins per key, whatever the order, and a later revoke wins', () => {
    const d = split('jp-kono-taro', [untitled!.id], hlc(1));
    const undone = revoke(d, hlc(3, 'deviceB'));
    const other = join('x', 'y', hlc(2));
    const merged = mergeDecisions([d, other], [undone]);
    expect(mergeDecisions([undone], [other, d])).toEqual(merged);
    expect(merged).toEqual([other, undone]);
    expect(buildRegistry(kono, merged).get('jp-kono-taro')?.appearances).toHaveLength(3);
    // An older revoke loses to the newer split.
    expect(mergeDecisions([revoke(d, hlc(0))], [d])).toEqual([d]);
  });

  it('applies decisions in hlc order whatever order they are given in', () => {
    const assignments = [
      { readoutId: 'r1', personId: 'p' },
      { readoutId: 'r2', personId: 'p' },
    ];
    const decisions = [join('q', splitPersonId('p', ['r2']), hlc(2)), split('p', ['r2'], hlc(1))];
    expect(applyDecisions(assignments, decisions)).toEqual([
      { readoutId: 'r1', personId: 'p' },
      { readoutId: 'r2', personId: 'q' },
    ]);
    expect(applyDecisions(assignments, [...decisions].reverse())).toEqual(
      applyDecisions(assignments, decisions),
    );
  });

  it('refuses a malformed decision list with a clear error', () => {
    const result = PersonDecisions.safeParse([
      { kind: 'split', personId: 'p', readoutIds: [], hlc: 'now', active: true },
    ]);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['0.readoutIds', '0.hlc']),
    );
  });
});
