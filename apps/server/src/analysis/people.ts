// The people of a user's collection as REST answers them: the analysis package's registry (names
// in both scripts, the office held at each meeting) with each appearance's meeting id (a readout
// and its other-language version share one), with the user's person and pair decisions (made on a
// device, synced through decisions.sync) applied as the devices apply them.
import { buildRegistry, type JapanOffice, type Person } from '@readouts/analysis';
import { pairReadouts } from '@readouts/bulk';
import type { Readout } from '@readouts/schema';
import type { z } from 'zod';
import type { Person as PersonBody, PersonSummary } from '../openapi/schemas';
import type { UserDecisions } from '../storage/decisions-read';

export type PersonJson = z.infer<typeof PersonBody>;
export type PersonSummaryJson = z.infer<typeof PersonSummary>;

/** The registry of a collection, as JSON people in the registry's order. */
export function peopleOf(readouts: readonly Readout[], decisions?: UserDecisions): PersonJson[] {
  // A meeting is named by its English readout when it has one: the pairs `languageVersion` gives.
  const meetingOf = new Map<string, string>();
  for (const pair of pairReadouts(readouts, { decisions: decisions?.pairs ?? {} }))
    meetingOf.set(pair.ja, pair.en);
  return buildRegistry(readouts, decisions?.people ?? []).people.map((p) => personJson(p, meetingOf));
}

function personJson(p: Person, meetingOf: ReadonlyMap<string, string>): PersonJson {
  const appearances = p.appearances.map((a) => ({
    readoutId: a.readoutId,
    meetingId: meetingOf.get(a.readoutId) ?? a.readoutId,
    date: a.date,
    format: a.format,
    lang: a.lang,
    name: a.name,
    title: a.title,
    office: a.office,
  }));
  return {
    id: p.id,
    side: p.side,
    country: p.country,
    nameLatin: p.nameLatin,
    nameJa: p.nameJa,
    names: p.names,
    offices: [...new Set(appearances.map((a) => a.office).filter((o): o is JapanOffice => o !== null))],
    meetingIds: [...new Set(appearances.map((a) => a.meetingId))],
    appearances,
  };
}

/** A person without the list of appearances. */
export const summaryOf = ({ appearances: _all, ...summary }: PersonJson): PersonSummaryJson => summary;
