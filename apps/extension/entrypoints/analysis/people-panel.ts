// The people panel: the registry searched by any name, a person's meetings by year and format with
// the offices held, and the user's corrections (split a wrong merge, join a missed one, undo).
import type { Person, PersonDecision, Registry } from '@readouts/analysis';
import type { Readout } from '@readouts/schema';
import { collectionQuery } from '../../utils/analysis/links';
import { type PersonView, personLabel, personView, searchPeople } from '../../utils/analysis/people';
import { h, replaceChildren } from '../../utils/dom';
import { countryName } from '../../utils/format';
import { formatNumber, getLocale, type MessageKey, t } from '../../utils/i18n';

export interface PeopleContext {
  readouts: readonly Readout[];
  registry: Registry;
  decisions: PersonDecision[];
  query: string;
  personId: string | null;
  /** The page keeps query and person in its URL. */
  onState(state: { query: string; personId: string | null }): void;
  split(personId: string, readoutIds: string[]): Promise<void>;
  join(into: string, from: string): Promise<void>;
  revoke(decision: PersonDecision): Promise<void>;
}

const officeText = (person: Person, office: string) =>
  person.side === 'japan' ? t(`analysis.office.${office}` as MessageKey) : office;

function personDetail(view: PersonView, ctx: PeopleContext): HTMLElement {
  const { person } = view;
  const locale = getLocale();
  const picked = new Set<string>();
  const splitButton = h(
    'button',
    {
      attrs: { type: 'button', 'data-action': 'split', disabled: true },
      on: { click: () => void ctx.split(person.id, [...picked]) },
    },
    t('analysis.people.split'),
  );
  const others = ctx.registry.people.filter(
    (p) =>
      p.id !== person.id &&
      p.side === person.side &&
      (person.side === 'japan' || p.country === person.country),
  );
  const joinPicker = h(
    'select',
    { attrs: { name: 'join', 'aria-label': t('analysis.people.joinLabel') } },
    ...others.map((p) => h('option', { attrs: { value: p.id } }, `${personLabel(p, locale)} (${p.id})`)),
  );
  return h(
    'article',
    { class: 'person', attrs: { 'data-person': person.id } },
    h('h2', {}, personLabel(person, locale)),
    h(
      'p',
      { class: 'muted' },
      `${t(`analysis.people.side.${person.side}`)}${person.country ? ` · ${countryName(person.country)}` : ''} · ${t('analysis.people.meetings', { n: formatNumber(view.total) })} · `,
      h(
        'a',
        { attrs: { href: `collection.html?participant=${encodeURIComponent(person.id)}` } },
        t('analysis.people.inCollection'),
      ),
    ),
    h('h3', {}, t('analysis.people.names')),
    h('p', { class: 'names' }, person.names.join(' · ')),
    h('h3', {}, t('analysis.people.offices')),
    h(
      'ul',
      { class: 'offices' },
      ...view.offices.map((o) =>
        h(
          'li',
          { attrs: { 'data-office': o.office } },
          t('analysis.people.officeRange', {
            office: officeText(person, o.office),
            first: o.first ?? '—',
            last: o.last ?? '—',
            n: formatNumber(o.meetings),
          }),
        ),
      ),
    ),
    h('h3', {}, t('analysis.people.byYear')),
    ...view.years.map((year) =>
      h(
        'section',
        { class: 'year', attrs: { 'data-year': year.year ?? 'undated' } },
        h(
          'h4',
          {},
          `${year.year ?? t('value.none')} · `,
          Object.entries(year.byFormat)
            .map(([format, n]) => `${t(`format.${format}` as MessageKey)} ${n}`)
            .join(', '),
        ),
        h(
          'ul',
          { class: 'meetings' },
          ...year.meetings.map((m) => {
            const box = h('input', {
              attrs: { type: 'checkbox', 'aria-label': t('analysis.people.pick', { title: m.title }) },
              on: {
                change: () => {
                  for (const id of m.readoutIds) box.checked ? picked.add(id) : picked.delete(id);
                  splitButton.disabled = picked.size === 0;
                },
              },
            });
            return h(
              'li',
              { attrs: { 'data-meeting': m.meetingId, 'data-office': m.office ?? '' } },
              box,
              ' ',
              h('time', {}, m.date ?? '—'),
              ' ',
              h(
                'a',
                { attrs: { href: `collection.html${collectionQuery({ readout: m.meetingId })}` } },
                m.title,
              ),
              h(
                'span',
                { class: 'muted' },
                ` · ${t(`format.${m.format}`)}${m.office ? ` · ${officeText(person, m.office)}` : ''}${
                  m.countries.length ? ` · ${m.countries.map(countryName).join(', ')}` : ''
                }`,
              ),
            );
          }),
        ),
      ),
    ),
    h(
      'div',
      { class: 'corrections' },
      splitButton,
      others.length
        ? h(
            'label',
            {},
            t('analysis.people.joinLabel'),
            ' ',
            joinPicker,
            ' ',
            h(
              'button',
              {
                attrs: { type: 'button', 'data-action': 'join' },
                on: { click: () => void ctx.join(person.id, joinPicker.value) },
              },
              t('analysis.people.join'),
            ),
          )
        : null,
    ),
  );
}

function decisionList(ctx: PeopleContext): HTMLElement | null {
  const active = ctx.decisions.filter((d) => d.active);
  if (active.length === 0) return null;
  return h(
    'section',
    { class: 'decisions' },
    h('h3', {}, t('analysis.people.decisions')),
    h('p', { class: 'muted' }, t('analysis.people.synced')),
    h(
      'ul',
      {},
      ...active.map((d) =>
        h(
          'li',
          {},
          d.kind === 'split'
            ? t('analysis.people.decision.split', {
                n: formatNumber(d.readoutIds.length),
                person: d.personId,
              })
            : t('analysis.people.decision.join', { from: d.from, into: d.into }),
          ' ',
          h(
            'button',
            { attrs: { type: 'button' }, on: { click: () => void ctx.revoke(d) } },
            t('analysis.people.undo'),
          ),
        ),
      ),
    ),
  );
}

/** Builds the people panel. */
export function peoplePanel(ctx: PeopleContext): HTMLElement {
  const locale = getLocale();
  const list = h('ul', { class: 'people', attrs: { 'aria-label': t('analysis.tab.people') } });
  const count = h('p', { class: 'muted', attrs: { 'data-people-count': '' } });
  const detail = h('div', { class: 'person-detail' });
  let personId = ctx.personId;
  const search = h('input', {
    attrs: {
      type: 'search',
      name: 'people-q',
      placeholder: t('analysis.people.search'),
      'aria-label': t('analysis.people.search'),
    },
    on: {
      input: () => {
        drawList();
        ctx.onState({ query: search.value, personId });
      },
    },
  });
  search.value = ctx.query;
  const drawDetail = () => {
    const person = personId ? ctx.registry.get(personId) : undefined;
    replaceChildren(
      detail,
      person
        ? personDetail(personView(person, ctx.readouts), ctx)
        : h('p', { class: 'muted' }, t('analysis.people.choose')),
    );
  };
  const drawList = () => {
    const rows = searchPeople(ctx.registry, ctx.readouts, search.value, locale);
    count.textContent = t('analysis.people.count', { n: formatNumber(rows.length) });
    replaceChildren(
      list,
      ...(rows.length
        ? rows.map((row) =>
            h(
              'li',
              {},
              h(
                'button',
                {
                  class: row.id === personId ? 'current' : '',
                  attrs: { type: 'button', 'data-person': row.id, 'aria-pressed': row.id === personId },
                  on: {
                    click: () => {
                      personId = row.id;
                      ctx.onState({ query: search.value, personId });
                      drawList();
                      drawDetail();
                    },
                  },
                },
                row.label,
                h('span', { class: 'muted' }, ` ${row.country ?? ''} · ${row.meetings}`),
              ),
            ),
          )
        : [h('li', { class: 'muted' }, t('analysis.people.none'))]),
    );
  };
  drawList();
  drawDetail();
  return h(
    'section',
    { class: 'people-panel' },
    h('div', { class: 'people-list' }, search, count, list),
    h('div', {}, detail, decisionList(ctx)),
  );
}
