// A country's timeline: its meetings newest first, each with Japan's office, the format and the
// "first at this level since …" sentence, linked to the readout in the collection.
import type { FirstSince } from '@readouts/analysis';
import type { CountryView } from '../../utils/analysis/country';
import { collectionQuery } from '../../utils/analysis/links';
import { h } from '../../utils/dom';
import { type MessageKey, t } from '../../utils/i18n';

/** The sentence that says how long it has been since the last meeting at this level. */
export function sinceSentence(since: FirstSince | null): string {
  if (!since) return t('analysis.since.noOffice');
  const level = `${t(`analysis.office.${since.japanOffice}` as MessageKey)} · ${t(`analysis.class.${since.formatClass}` as MessageKey)}`;
  const first = since.previous
    ? t('analysis.since.previous', { level, date: since.previous.date, years: since.gapYears ?? 0 })
    : t('analysis.since.first', { level });
  return since.lastAny && since.lastAny.meetingId !== since.previous?.meetingId
    ? `${first} ${t('analysis.since.lastAny', { date: since.lastAny.date })}`
    : first;
}

/** The timeline list of a country view. */
export function meetingTimeline(view: CountryView): HTMLElement {
  return h(
    'section',
    { class: 'timeline' },
    h('h3', {}, t('analysis.country.timeline')),
    h(
      'ol',
      {},
      ...view.timeline.map(({ meeting, since }) =>
        h(
          'li',
          { attrs: { 'data-meeting': meeting.id } },
          h('time', { attrs: { datetime: meeting.date! } }, meeting.date!),
          ' ',
          h(
            'a',
            { attrs: { href: `collection.html${collectionQuery({ readout: meeting.id })}` } },
            meeting.primary.title,
          ),
          h(
            'span',
            { class: 'muted' },
            ` · ${t(`format.${meeting.format}`)} · ${t(`analysis.office.${meeting.japanOffice ?? 'unknown'}` as MessageKey)}`,
          ),
          h('p', { class: 'since' }, sinceSentence(since)),
        ),
      ),
    ),
  );
}
