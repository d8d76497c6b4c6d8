// Names the part of a field an evidence entry is about (`participants.1.country` → "Participant 2 ·
// Country code"), in the UI language, instead of showing the readout's dotted path.
import type { CorrectableField } from '@readouts/schema';
import { type MessageKey, t } from '../i18n';

/** How a list field names its n-th item (counted from 1 for people). */
const ITEM: Partial<Record<CorrectableField, MessageKey>> = {
  participants: 'participant.n',
  points: 'point.n',
  topics: 'evidence.part.topic',
};

/** The labels of the named parts of a field or of its items. */
const PART: Partial<Record<CorrectableField, Record<string, MessageKey>>> = {
  participants: {
    name: 'participant.name',
    title: 'participant.title',
    side: 'participant.side',
    country: 'participant.country',
    role: 'participant.role',
  },
  location: { city: 'location.city', country: 'location.country', venue: 'location.venue' },
};

/**
 * The label of `path` (the evidence field after the field's own name) within `field`, or null for
 * the field itself; a path this table does not know is shown as it is.
 * @example evidencePartLabel('participants', '1.country') // 'Participant 2 · Country code'
 */
export function evidencePartLabel(field: CorrectableField, path: string | null): string | null {
  if (!path) return null;
  return path
    .split('.')
    .map((step) => {
      const item = ITEM[field];
      if (/^\d+$/.test(step)) return item ? t(item, { n: Number(step) + 1 }) : step;
      const part = PART[field]?.[step];
      return part ? t(part) : step;
    })
    .join(' · ');
}
