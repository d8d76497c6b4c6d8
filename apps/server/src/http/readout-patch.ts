// The body of `PATCH /api/v1/readouts/{id}`: fields to correct, under the readout's own names and
// validated by the schema's own types, and the user's fields. `null` reverts a correction.
import { CorrectableField, CorrectableValues, UserFields } from '@readouts/schema';
import { z } from 'zod';

const correctable = CorrectableValues.shape;

/**
 * A correctable field's new value, or `null` to revert its correction (so a correction cannot set
 * a nullable field such as `date` to null; it can revert it to the page's value).
 */
const correction = <T extends z.ZodType>(value: T) => value.nullable().optional();

/**
 * What a PATCH may carry: any correctable field, and `tags` (the full new list), `note`, `starred`.
 * Unknown fields are refused by name; at least one field.
 * @example { "date": "2018-08-18", "participants": null, "tags": ["G7"] }
 */
export const ReadoutPatch = z
  .object({
    title: correction(correctable.title),
    date: correction(correctable.date),
    startTime: correction(correctable.startTime),
    japanTime: correction(correctable.japanTime),
    durationMinutes: correction(correctable.durationMinutes),
    format: correction(correctable.format),
    participants: correction(correctable.participants),
    location: correction(correctable.location),
    topics: correction(correctable.topics),
    points: correction(correctable.points),
    tags: UserFields.shape.tags.optional(),
    note: UserFields.shape.note.optional(),
    starred: UserFields.shape.starred.optional(),
  })
  .strict()
  .refine((patch) => Object.values(patch).some((v) => v !== undefined), 'name at least one field to change');
export type ReadoutPatch = z.infer<typeof ReadoutPatch>;

/** The correctable fields a patch names, with their new values (null: revert). */
export function patchCorrections(patch: ReadoutPatch): Array<[CorrectableField, unknown]> {
  return CorrectableField.options.flatMap((field) =>
    patch[field] === undefined ? [] : [[field, patch[field]] as [CorrectableField, unknown]],
  );
}
