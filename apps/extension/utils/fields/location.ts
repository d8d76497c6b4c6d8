// Where the meeting took place: city, country (ISO code) and venue, any of them unknown.
import { formatLocation } from '../format';
import { t } from '../i18n';
import { countryInput, type FieldKind, group, labelled, optional, textInput } from './kit';

export const locationKind: FieldKind<'location'> = {
  field: 'location',
  label: 'field.location',
  display: formatLocation,
  summary: formatLocation,
  editor(value) {
    const city = textInput(value?.city ?? null, { maxlength: 200, 'data-part': 'city' });
    const country = textInput(value?.country ?? null, { maxlength: 2, size: 3, 'data-part': 'country' });
    const venue = textInput(value?.venue ?? null, { maxlength: 300, 'data-part': 'venue' });
    return {
      element: group(
        labelled(t('location.city'), city),
        labelled(t('location.country'), country),
        labelled(t('location.venue'), venue),
      ),
      multiline: false,
      read() {
        const place = { city: optional(city), country: countryInput(country), venue: optional(venue) };
        return place.city === null && place.country === null && place.venue === null ? null : place;
      },
    };
  },
};
