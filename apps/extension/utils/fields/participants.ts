// Who took part: a list editor (add, remove, edit name, title, side, country, role), shown as the
// Japanese side and the counterpart side.
import { type Participant, ParticipantRole, Side } from '@readouts/schema';
import { h } from '../dom';
import { countryName } from '../format';
import { t } from '../i18n';
import {
  countryInput,
  type Editor,
  editorButton,
  type FieldKind,
  group,
  InputError,
  labelled,
  optional,
  select,
  textInput,
} from './kit';

function person(participant: Participant): string {
  const country =
    participant.country && participant.side === 'counterpart' ? countryName(participant.country) : '';
  const role = participant.role === 'attendee' ? `(${t('role.attendee')})` : '';
  return [participant.name, participant.title, country, role].filter(Boolean).join(', ');
}

function side(participants: Participant[], which: Side): HTMLElement {
  const list = participants.filter((p) => p.side === which);
  return h(
    'div',
    { class: 'side', attrs: { 'data-side': which } },
    h('span', { class: 'side-label' }, t(`side.${which}`)),
    list.length
      ? h(
          'ul',
          { class: 'people', attrs: { 'data-side': which } },
          ...list.map((p) => h('li', {}, person(p))),
        )
      : h('span', {}, t('value.none')),
  );
}

/** One participant's controls, and the participant they started from (null: added here). */
interface Row {
  original: Participant | null;
  element: HTMLFieldSetElement;
  legend: HTMLLegendElement;
  remove: HTMLButtonElement;
  name: HTMLInputElement;
  title: HTMLInputElement;
  side: HTMLSelectElement;
  country: HTMLInputElement;
  role: HTMLSelectElement;
}

function participantsEditor(value: Participant[]): Editor<Participant[]> {
  const rows: Row[] = [];
  const list = h('div', { class: 'participant-rows' });
  const renumber = () =>
    rows.forEach((row, i) => {
      row.legend.textContent = t('participant.n', { n: i + 1 });
      row.remove.setAttribute('aria-label', t('participant.remove', { n: i + 1 }));
      row.element.dataset.participant = String(i);
    });
  const add = (original: Participant | null): Row => {
    const p = original ?? { name: '', title: null, side: 'counterpart', country: null, role: 'principal' };
    const row = {
      original,
      legend: h('legend', {}),
      name: textInput(p.name, { maxlength: 200, 'data-part': 'name' }),
      title: textInput(p.title, { maxlength: 300, 'data-part': 'title' }),
      side: select(p.side, Side.options, (s) => t(`side.${s}`)),
      country: textInput(p.country, { maxlength: 2, size: 3, 'data-part': 'country' }),
      role: select(p.role, ParticipantRole.options, (r) => t(`role.${r}`)),
    } as Row;
    row.side.dataset.part = 'side';
    row.role.dataset.part = 'role';
    row.remove = editorButton(
      '×',
      () => {
        const at = rows.indexOf(row);
        rows.splice(at, 1);
        row.element.remove();
        renumber();
        (rows[at]?.name ?? rows[at - 1]?.name ?? addButton).focus();
      },
      { 'data-action': 'remove-participant' },
    );
    row.element = h(
      'fieldset',
      { class: 'participant' },
      row.legend,
      group(
        labelled(t('participant.name'), row.name),
        labelled(t('participant.title'), row.title),
        labelled(t('participant.side'), row.side),
        labelled(t('participant.country'), row.country),
        labelled(t('participant.role'), row.role),
      ),
      row.remove,
    );
    rows.push(row);
    list.append(row.element);
    renumber();
    return row;
  };
  const addButton = editorButton(t('participant.add'), () => add(null).name.focus(), {
    'data-action': 'add-participant',
  });
  for (const participant of value) add(participant);

  return {
    element: h('div', { class: 'participants-editor' }, list, addButton),
    multiline: false,
    read: () =>
      rows.map((row, i): Participant => {
        const name = row.name.value.trim();
        if (!name) throw new InputError(t('invalid.participantName', { n: i + 1 }), row.name);
        const before = row.original;
        return {
          name,
          // The Latin spelling still names the person after a typo fix; the family name is the
          // extractor's reading of the old name, so it goes when the name changes.
          nameLatin: before?.nameLatin ?? null,
          familyName: before && before.name === name ? before.familyName : null,
          title: optional(row.title),
          country: countryInput(row.country),
          side: Side.parse(row.side.value),
          role: ParticipantRole.parse(row.role.value),
        };
      }),
  };
}

export const participantsKind: FieldKind<'participants'> = {
  field: 'participants',
  label: 'field.participants',
  display: (participants) =>
    h('div', { class: 'participants' }, side(participants, 'japan'), side(participants, 'counterpart')),
  summary: (participants) => participants.map(person).join('; ') || t('value.none'),
  editor: participantsEditor,
};
