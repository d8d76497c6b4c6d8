// Evidence rules for what follows the lead: each topic heading and the block each point starts in.
import { notice } from '../notices';
import type { EvidenceRecorder, QuoteScope } from './recorder';

// A point joins its blocks with newlines and drops its list marker; its first line is the start
// of one block's text, found again by its first characters.
const PREFIX = 80;

/** Records the block each point opens in, searching forward from the one before. */
export function pointEvidence(
  rec: EvidenceRecorder,
  points: ReadonlyArray<{ text: string }>,
  blockTexts: readonly string[],
  from: number,
): void {
  let cursor = Math.max(from, 0);
  points.forEach((point, i) => {
    const first = point.text.split('\n', 1)[0]!.trim();
    const prefix = first.slice(0, PREFIX);
    if (!prefix) return;
    for (let b = cursor; b < blockTexts.length; b++) {
      if (!blockTexts[b]!.includes(prefix)) continue;
      if (rec.quote(`points.${i}`, first, { from: b, to: b })) cursor = b + 1;
      else if (rec.quote(`points.${i}`, prefix, { from: b, to: b })) cursor = b + 1;
      return;
    }
  });
}

/** Records the heading block each topic was read from. */
export function topicEvidence(
  rec: EvidenceRecorder,
  topics: readonly string[],
  from: number,
  to: number,
): void {
  topics.forEach((topic, i) => {
    rec.quote(`topics.${i}`, topic, { from, to });
  });
}

/** A place the points imply (a welcome to Japan): those words, marked as inferred. */
export function pointsLocationEvidence(rec: EvidenceRecorder, words: string | null, scope: QuoteScope): void {
  if (words) rec.quote('location.country', words, scope, notice('location.implied'));
}
