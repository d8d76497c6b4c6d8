// The fields of a readout as a definition list, shared by the popup and the collection's detail view.
import { describeNotice } from '@readouts/extract';
import type { Notice, Participant, Readout, ReadoutContent } from '@readouts/schema';
import { h } from './dom';
import { countryName, formatDate, formatDuration, formatLocation, formatTime } from './format';
import { getLocale, t } from './i18n';

function person(participant: Participant): string {
  const country =
    participant.country && participant.side === 'counterpart' ? countryName(participant.country) : '';
  return [participant.name, participant.title, country].filter(Boolean).join(', ');
}

function people(participants: Participant[], side: Participant['side']): HTMLElement {
  const list = participants.filter((p) => p.side === side);
  if (list.length === 0) return h('span', {}, t('value.none'));
  return h(
    'ul',
    { class: 'people', attrs: { 'data-side': side } },
    ...list.map((p) => h('li', {}, person(p))),
  );
}

function row(label: string, value: Node | string, field: string): HTMLElement[] {
  return [h('dt', {}, label), h('dd', { attrs: { 'data-field': field } }, value)];
}

/** Renders the extracted fields of a readout; warnings come from the capture or the extractor. */
export function readoutFields(readout: ReadoutContent | Readout, warnings: Notice[] = []): HTMLElement {
  const allWarnings = [
    ...new Set([...readout.capture.warnings, ...warnings].map((w) => describeNotice(w, getLocale()))),
  ];
  return h(
    'dl',
    { class: 'fields' },
    ...row(t('field.date'), formatDate(readout.date), 'date'),
    ...row(t('field.time'), formatTime(readout), 'time'),
    ...row(t('field.duration'), formatDuration(readout.durationMinutes), 'duration'),
    ...row(t('field.format'), t(`format.${readout.format}`), 'format'),
    ...row(t('field.japan'), people(readout.participants, 'japan'), 'japan'),
    ...row(t('field.counterpart'), people(readout.participants, 'counterpart'), 'counterpart'),
    ...row(t('field.location'), formatLocation(readout.location), 'location'),
    ...row(t('field.points'), String(readout.points.length), 'points'),
    ...(allWarnings.length
      ? row(t('field.warnings'), h('ul', {}, ...allWarnings.map((w) => h('li', {}, w))), 'warnings')
      : []),
  );
}
