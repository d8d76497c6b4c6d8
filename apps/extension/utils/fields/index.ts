// The field library: each correctable field's kind (display and editor), in the order a record shows them.
import type { CorrectableField } from '@readouts/schema';
import { dateKind } from './date';
import { durationKind } from './duration';
import { formatKind } from './format';
import type { FieldKind } from './kit';
import { locationKind } from './location';
import { participantsKind } from './participants';
import { pointsKind } from './points';
import { titleKind } from './text';
import { japanTimeKind, startTimeKind } from './time';
import { topicsKind } from './topics';

/** Every correctable field's kind. */
export const FIELD_KINDS: { [F in CorrectableField]: FieldKind<F> } = {
  title: titleKind,
  date: dateKind,
  startTime: startTimeKind,
  japanTime: japanTimeKind,
  durationMinutes: durationKind,
  format: formatKind,
  participants: participantsKind,
  location: locationKind,
  topics: topicsKind,
  points: pointsKind,
};

/** The order the fields are listed in. */
export const FIELD_ORDER: readonly CorrectableField[] = Object.keys(FIELD_KINDS) as CorrectableField[];
