// The compiled push parser against zod's interpreter of the same schema: for valid pushes of every
// mutation type and for pushes damaged anywhere, the same verdict, the same output, the same issues.
import { MAX_PUSH_BATCH, type Mutation, PushRequest } from '@readouts/schema';
import { fakeHlc, fakeMutation } from '@readouts/sync/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PushInput } from '../push-input';

const TYPES: Mutation['type'][] = [
  'capture',
  'setTags',
  'setNote',
  'setStarred',
  'delete',
  'correct',
  'merge',
];

/** Strings a client may send that the schema cleans or refuses. */
const awkward = fc.constantFrom(
  '',
  ' ',
  'a\u0000b',
  '\ud83d',
  'x\udc00y',
  '😀',
  '__proto__',
  'Quad',
  ' g7 ',
  'a'.repeat(101),
);

/** Any JSON value, with awkward strings in it. */
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), awkward, fc.constant(undefined));

const pushArb = fc
  .array(fc.tuple(fc.constantFrom(...TYPES), fc.nat(3), fc.integer({ min: 0, max: 40 })), {
    minLength: 1,
    maxLength: 4,
  })
  .map((specs) => ({
    clientId: 'c1',
    mutations: specs.map(([type, r, wall], i) =>
      fakeMutation(type, { id: i + 1, readoutId: `r${r}`, hlc: fakeHlc(wall, 'c1') }),
    ),
  }));

type Json = Record<string, unknown> | unknown[];

/** Every path to a value inside `value`, parents before children. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => [
    [...prefix, key],
    ...paths((value as Record<string | number, unknown>)[key], [...prefix, key]),
  ]);
}

/** A damage at one place of a push: a value replaced, a key dropped, an unknown key added. */
type Damage = { at: number; kind: 'replace' | 'drop' | 'add'; value: unknown };

function damaged(push: unknown, { at, kind, value }: Damage): unknown {
  if (push === null || typeof push !== 'object') return push;
  const copy = structuredClone(push) as Json;
  const all = paths(copy);
  if (all.length === 0) return kind === 'replace' ? value : copy;
  const path = all[at % all.length]!;
  let parent: Json = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key]!;
  const key = path.at(-1)!;
  const target = parent as Record<string | number, unknown>;
  if (kind === 'replace') target[key] = value;
  else if (kind === 'drop') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete target[key];
  } else {
    const inner = target[key];
    if (inner !== null && typeof inner === 'object' && !Array.isArray(inner))
      (inner as Record<string, unknown>).unknownKey = value;
    else target[key] = value;
  }
  return copy;
}

const damageArb: fc.Arbitrary<Damage> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'drop', 'add'),
  value: anyValue,
});

const verdict = (schema: typeof PushRequest, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? { data: result.data } : { issues: result.error.issues };
};

describe('PushInput (compiled PushRequest)', () => {
  it('parses valid pushes of every mutation type as the interpreter does', () => {
    fc.assert(
      fc.property(pushArb, (push) => {
        const compiled = verdict(PushInput, push);
        expect(compiled).toEqual(verdict(PushRequest, push));
        expect('data' in compiled).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('gives a damaged push the same verdict, output and issues as the interpreter', () => {
    fc.assert(
      fc.property(pushArb, fc.array(damageArb, { minLength: 1, maxLength: 3 }), (push, damages) => {
        const input = damages.reduce<unknown>(damaged, push);
        expect(verdict(PushInput, input)).toEqual(verdict(PushRequest, input));
      }),
      { numRuns: Number(process.env.PUSH_INPUT_RUNS ?? 1000) },
    );
  }, 60_000);

  it('cleans text as the interpreter does (NUL dropped, lone surrogates replaced)', () => {
    const push = { clientId: 'c1', mutations: [fakeMutation('setNote', { note: 'a\u0000b\ud83d' })] };
    const parsed = PushInput.parse(push);
    expect(parsed.mutations[0]).toMatchObject({ note: 'ab\ufffd' });
    expect(parsed).toEqual(PushRequest.parse(push));
  });

  it('refuses an over-long batch with the interpreter’s issue', () => {
    const mutations = Array.from({ length: MAX_PUSH_BATCH + 1 }, (_, i) =>
      fakeMutation('delete', { id: i + 1 }),
    );
    const push = { clientId: 'c1', mutations };
    expect(verdict(PushInput, push)).toEqual(verdict(PushRequest, push));
    expect(PushInput.safeParse(push).success).toBe(false);
  });
});
