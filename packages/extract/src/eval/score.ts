// Field-by-field scoring of extraction output against hand-made labels, with the same rules as
// the reference scorer shared/fixtures/mofa/score_extract.py (names, titles, countries, counts).

export interface LabelRecord {
  file: string;
  kind: 'readout' | 'not-readout';
  labels: {
    title: string | null;
    date: string | null;
    startTime: string | null;
    durationMinutes: number | null;
    format: string | null;
    japanParticipants: Array<{ name: string; nameLatin?: string; role?: 'principal' | 'attendee' }> | null;
    counterparts: Array<{
      name: string | null;
      country?: string | null;
      nameLatin?: string;
      role?: 'principal' | 'attendee';
    }> | null;
    location: { country?: string | null } | null;
    pointCount: number | null;
    truncated: boolean | null;
  };
}

export interface OutputRecord {
  file?: string;
  kind?: string;
  readout?: {
    title?: string;
    date?: string | null;
    startTime?: string | null;
    durationMinutes?: number | null;
    format?: string;
    participants?: Array<{
      name?: string;
      nameLatin?: string | null;
      country?: string | null;
      side?: string;
      role?: string;
    }>;
    location?: { country?: string | null } | null;
    points?: unknown[];
  } | null;
}

export interface FieldScore {
  field: string;
  hit: number;
  total: number;
  misses: string[];
}

// Country names the labels use, as the reference scorer maps them.
const ISO: Record<string, string> = {
  Japan: 'JP',
  'United States': 'US',
  Australia: 'AU',
  'United Kingdom': 'GB',
  Brazil: 'BR',
  'Republic of Korea': 'KR',
  Peru: 'PE',
  Mexico: 'MX',
  Argentina: 'AR',
  China: 'CN',
  Iran: 'IR',
  India: 'IN',
  Indonesia: 'ID',
  Italy: 'IT',
  Germany: 'DE',
  'Viet Nam': 'VN',
  Egypt: 'EG',
  'European Union': 'EU',
  France: 'FR',
  Mongolia: 'MN',
  'Saudi Arabia': 'SA',
  Singapore: 'SG',
  Thailand: 'TH',
  Fiji: 'FJ',
  Canada: 'CA',
  Philippines: 'PH',
  Malaysia: 'MY',
  'Equatorial Guinea': 'GQ',
  Kazakhstan: 'KZ',
  Uzbekistan: 'UZ',
  Russia: 'RU',
  Switzerland: 'CH',
};
const HON =
  /\b(mr|ms|mrs|dr|h\.?e|his excellency|her excellency|the honou?rable|hon|senator|prof|professor|sir)\b\.?/gi;

function norm(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(HON, ' ')
    .replace(/[.,'’"()\-・･]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

/** Whether two names denote the same person under the reference scorer's rules. */
export function nameMatch(label: string | null | undefined, got: string | null | undefined): boolean {
  const a = norm(label);
  const b = norm(got);
  if (!a || !b) return false;
  const ca = a.replace(/ /g, '');
  const cb = b.replace(/ /g, '');
  if (ca.includes(cb) || cb.includes(ca)) return true;
  const ta = new Set(a.split(' ').filter((t) => [...t].length > 1));
  const tb = new Set(b.split(' ').filter((t) => [...t].length > 1));
  const subset = (x: Set<string>, y: Set<string>) => [...x].every((t) => y.has(t));
  return ta.size > 0 && (subset(ta, tb) || (tb.size > 0 && subset(tb, ta)));
}

function titleNorm(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFKC')
    .replace(/’/g, "'")
    .replace(/‘/g, "'")
    .replace(/“/g, '"')
    .replace(/”/g, '"')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ')
    .trim()
    .toLowerCase();
}

const iso = (c: string | null | undefined) => (c == null ? null : (ISO[c] ?? c));

/** Scores every labelled file; files missing from the output count as wrong. */
export function scoreExtraction(labels: LabelRecord[], outputs: OutputRecord[]): FieldScore[] {
  const got = new Map<string, OutputRecord>();
  for (const o of outputs) got.set((o.file ?? '').split('/').pop() ?? '', o);
  const scores = new Map<string, FieldScore>();
  const score = (field: string, ok: boolean, file: string) => {
    const s = scores.get(field) ?? { field, hit: 0, total: 0, misses: [] };
    s.total++;
    if (ok) s.hit++;
    else s.misses.push(file);
    scores.set(field, s);
  };
  for (const lab of labels) {
    const f = lab.file;
    const out = got.get(f) ?? {};
    score('kind', out.kind === lab.kind, f);
    if (lab.kind !== 'readout') continue;
    const L = lab.labels;
    const R = out.kind === 'readout' ? (out.readout ?? {}) : {};
    score('date', (R.date ?? null) === L.date, f);
    score('startTime', (R.startTime ?? null) === L.startTime, f);
    score('durationMinutes', (R.durationMinutes ?? null) === L.durationMinutes, f);
    score('format', (R.format ?? null) === L.format, f);
    // Labels list principals; a label marked `role: "attendee"` is scored as an attendee instead.
    const all = R.participants ?? [];
    const parts = all.filter((p) => p.role !== 'attendee');
    const attendees = all.filter((p) => p.role === 'attendee');
    // A person matches by either script of the name, on either side of the comparison.
    const named = (
      label: { name: string | null; nameLatin?: string },
      g: { name?: string; nameLatin?: string | null },
    ) =>
      [label.name ?? '', label.nameLatin ?? ''].some(
        (want) => nameMatch(want, g.name ?? '') || nameMatch(want, g.nameLatin ?? ''),
      );
    const jp = parts.filter((p) => p.side === 'japan');
    const cp = parts.filter((p) => p.side === 'counterpart');
    const labelled = [...(L.japanParticipants ?? []), ...(L.counterparts ?? [])];
    for (const p of labelled) {
      if (p.role === 'attendee' && p.name)
        score(
          'attendees',
          attendees.some((g) => named(p, g)),
          f,
        );
    }
    for (const p of (L.japanParticipants ?? []).filter((q) => q.role !== 'attendee')) {
      score(
        'japanParticipants',
        jp.some((g) => named(p, g)),
        f,
      );
    }
    for (const p of (L.counterparts ?? []).filter((q) => q.role !== 'attendee')) {
      if (!p.name) {
        if (p.country)
          score(
            'counterpartCountry',
            cp.some((g) => g.country === iso(p.country)),
            f,
          );
        continue;
      }
      const m = cp.filter((g) => named(p, g));
      score('counterparts', m.length > 0, f);
      if (p.country)
        score(
          'counterpartCountry',
          m.some((g) => g.country === iso(p.country)),
          f,
        );
    }
    if (L.location) score('locationCountry', (R.location?.country ?? null) === iso(L.location.country), f);
    if (L.pointCount !== null && L.pointCount !== undefined && !L.truncated) {
      score('pointCount', (R.points ?? []).length === L.pointCount, f);
    }
    if (L.title) score('title', titleNorm(R.title) === titleNorm(L.title), f);
    else score('title', (R.title ?? '').trim().length > 0, f);
  }
  return [...scores.values()];
}

/** Micro-averaged accuracy over all scored fields. */
export function overallAccuracy(scores: FieldScore[]): { hit: number; total: number; accuracy: number } {
  const hit = scores.reduce((s, f) => s + f.hit, 0);
  const total = scores.reduce((s, f) => s + f.total, 0);
  return { hit, total, accuracy: total === 0 ? 0 : hit / total };
}

/** The fields one extraction result gets wrong against its label, in scoring order. */
export function missedFields(
  label: LabelRecord,
  result: { kind: string; readout?: OutputRecord['readout'] },
): string[] {
  const output: OutputRecord = { file: label.file, kind: result.kind, readout: result.readout ?? null };
  return scoreExtraction([label], [output])
    .filter((s) => s.hit < s.total)
    .map((s) => s.field);
}
