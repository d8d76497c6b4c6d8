// extractReadout: a pure function from a page's DOM and URL to a readout record or the reasons
// the page is not one. It never throws.
import {
  type ExtractResult,
  hashText,
  normaliseUrl,
  type ReadoutContent,
  readoutIdFromUrl,
  SCHEMA_VERSION,
} from '@readouts/schema';
import { notReadoutReasons } from './classify';
import { parseDateline, parseMonthDateline } from './dates/calendar';
import { publicationDateFromUrl } from './dates/meeting-date';
import { pointEvidence, pointsLocationEvidence, topicEvidence } from './evidence/body-rules';
import { titleEvidence } from './evidence/lead-rules';
import { participantEvidence } from './evidence/people-rules';
import { createEvidenceRecorder } from './evidence/recorder';
import { leadSpan, pickLead } from './lead';
import { locationFromPoints, welcomeWords } from './location-body';
import { notice } from './notices';
import { type Block, collectBlocks } from './page/blocks';
import { pageLinks } from './page/links';
import { pageMarks } from './page/marks';
import {
  contentRoot,
  documentTitle,
  headlineAndSection,
  headlineElement,
  pageLanguage,
  statedUrl,
} from './page/meta';
import { attendeesFromPoints } from './people/attendees';
import { dedupeParticipants } from './people/participant';
import { collectPoints } from './points';
import { readLead } from './readout-fields';
import { cutText } from './text/cut';
import { readoutTitle } from './title';
import { EXTRACTOR_VERSION } from './version';

const MAX_LEAD = 3000;

export interface ExtractOptions {
  /** When the page was captured; defaults to now. Pass it to keep the result reproducible. */
  capturedAt?: Date;
}

function canonicalOf(doc: Document, url: string): string {
  const stated = statedUrl(doc);
  if (stated) {
    try {
      return normaliseUrl(new URL(stated, url || undefined).href);
    } catch {
      // A relative canonical link on a page without a usable URL: fall back to the given URL.
    }
  }
  return normaliseUrl(url);
}

/** The first block text `read` finds something in, and that block's index (-1: none). */
function firstOf(
  blocks: Block[],
  read: (text: string) => string | null,
): { found: string | null; index: number } {
  for (let i = 0; i < blocks.length; i++) {
    const found = read(blocks[i]!.text);
    if (found !== null) return { found, index: i };
  }
  return { found: null, index: -1 };
}

function extract(doc: Document, url: string, options: ExtractOptions): ExtractResult {
  const root = contentRoot(doc);
  const blocks = root ? collectBlocks(root) : [];
  const canonicalUrl = canonicalOf(doc, url) || url || 'about:blank';
  const marks = pageMarks(doc, root);
  const { headline: head, section } = headlineAndSection(doc, marks);
  const lang = pageLanguage(
    doc,
    `${url} ${canonicalUrl}`,
    blocks
      .slice(0, 20)
      .map((b) => b.text)
      .join(' '),
  );
  const leadIndex = pickLead(blocks, lang);
  const reasons = notReadoutReasons(head ?? documentTitle(doc), blocks, leadIndex);
  if (reasons.length > 0) return { kind: 'not-readout', reasons };
  // Captions are skipped by blanking them, so indexes stay the blocks' own.
  const upToLead = blocks
    .slice(0, Math.max(leadIndex, 0) + 1)
    .map((b) => (b.kind === 'caption' ? { ...b, text: '' } : b));
  const dateline = firstOf(upToLead, parseDateline);
  const published = dateline.found;
  // "May 2004": a month-only dateline bounds the meeting's year when there is no full one.
  const monthEnd = published ? null : firstOf(upToLead, parseMonthDateline).found;
  const span = leadSpan(blocks, leadIndex);
  // A lead is a sentence or two; a cap keeps pattern matching linear on pathological pages.
  const lead = cutText(span.text, MAX_LEAD);
  const leadLast = span.last;
  const capturedAt = options.capturedAt ?? new Date();
  const capturedOn = Number.isNaN(capturedAt.getTime()) ? undefined : capturedAt.toISOString().slice(0, 10);
  const recorder = createEvidenceRecorder({
    blocks,
    headline: head,
    headlineSource: headlineElement(marks, head) ? 'headline' : 'meta',
    dateline: dateline.index,
  });
  const leadScope = { from: leadIndex, to: leadLast };
  // Without a dateline, a date in the URL path stands in for it when reading the lead.
  const fields = readLead(lead, {
    lang,
    headline: head,
    published: published ?? publicationDateFromUrl(canonicalUrl),
    monthEnd,
    url: canonicalUrl,
    capturedOn,
    evidence: { recorder, lead: leadScope, dateline: dateline.index },
  });
  const { points, topics } = collectPoints(blocks, leadIndex, leadLast, head);
  const remote = fields.format === 'telephone' || fields.format === 'video';
  const location = fields.location ?? (remote ? null : locationFromPoints(points, lang));
  const participants = dedupeParticipants([...fields.participants, ...attendeesFromPoints(points, lang)]);
  const title = readoutTitle(
    head,
    lead,
    lang,
    fields.participants,
    section ?? documentTitle(doc),
    fields.format,
  );
  titleEvidence({ recorder, lead: leadScope, dateline: dateline.index }, head, lead);
  participantEvidence(
    recorder,
    participants,
    { lead, headline: head },
    { lead: leadScope, body: { from: leadLast + 1, to: blocks.length - 1 } },
    lang,
  );
  if (location && !fields.location)
    pointsLocationEvidence(recorder, welcomeWords(points, lang), { from: leadIndex, to: blocks.length - 1 });
  const blockTexts = blocks.map((b) => b.text);
  topicEvidence(recorder, topics, leadIndex, blocks.length - 1);
  pointEvidence(recorder, points, blockTexts, leadIndex);
  const warnings = [...fields.warnings];
  if (!head) warnings.push(notice('title.from-lead'));
  if (!fields.date) warnings.push(notice('date.missing'));
  if (points.length === 0) warnings.push(notice('points.missing'));
  const readout: ReadoutContent = {
    schemaVersion: SCHEMA_VERSION,
    id: readoutIdFromUrl(canonicalUrl),
    url: cutText(url || canonicalUrl, 2000),
    canonicalUrl: cutText(canonicalUrl, 2000),
    lang,
    title,
    section: section ? cutText(section, 300) : null,
    publishedDate: published,
    date: fields.date,
    startTime: fields.startTime,
    japanTime: fields.japanTime,
    durationMinutes: fields.durationMinutes,
    format: fields.format,
    participants,
    location,
    points,
    topics: topics.map((t) => cutText(t, 300)),
    links: pageLinks(marks.anchors, canonicalUrl),
    capture: {
      capturedAt: (capturedOn ? capturedAt : new Date()).toISOString(),
      extractorVersion: EXTRACTOR_VERSION,
      contentHash: hashText(JSON.stringify([title, fields.date, participants, points])),
      warnings: warnings.slice(0, 100),
      evidence: recorder.list(),
    },
  };
  return { kind: 'readout', readout, warnings: readout.capture.warnings };
}

/**
 * Turns a MOFA page into a readout record, or says why it is not one. Pure: the same document,
 * URL and `capturedAt` give the same result; it never throws.
 * @example extractReadout(document, location.href, { capturedAt: new Date() })
 */
export function extractReadout(document: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  try {
    if (!document) return { kind: 'not-readout', reasons: [notice('page.no-document')] };
    return extract(document, typeof url === 'string' ? url : '', options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'not-readout', reasons: [notice('page.unreadable', { message: cutText(message, 200) })] };
  }
}
