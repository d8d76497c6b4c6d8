// Analysis page wiring: read the collection and the user's person decisions, then show the tab the
// URL names (people, counterparts over time, citations and data), redrawn when either changes.
import { buildRegistry, type PersonDecision } from '@readouts/analysis';
import type { Readout } from '@readouts/schema';
import { DecisionStore } from '../../utils/analysis/decision-store';
import { onReadoutsChanged } from '../../utils/db/changes';
import { getDb } from '../../utils/db/open';
import { ReadoutRepository } from '../../utils/db/readouts';
import { h, replaceChildren } from '../../utils/dom';
import { getLocale, t } from '../../utils/i18n';
import { getDeviceId } from '../../utils/storage';
import { onDecisionsChanged, requestDecisionsSync } from '../../utils/sync/decisions-signal';
import { countryPanel } from './country-panel';
import { exportPanel } from './export-panel';
import { peoplePanel } from './people-panel';
import { type PageState, readState, TABS, writeState } from './state';

const byId = (id: string) => document.getElementById(id)!;

async function start(): Promise<void> {
  document.documentElement.lang = getLocale();
  document.title = t('analysis.title');
  replaceChildren(
    byId('header'),
    h('h1', {}, t('analysis.title')),
    h('a', { attrs: { href: 'collection.html' } }, t('analysis.back')),
  );
  replaceChildren(byId('panel'), h('p', { class: 'muted' }, t('analysis.loading')));
  const deviceId = await getDeviceId();
  const repository = new ReadoutRepository(await getDb(), { deviceId });
  const store = await DecisionStore.open(deviceId);
  let readouts: Readout[] = await repository.all();
  let decisions: PersonDecision[] = await store.all();
  let registry = buildRegistry(readouts, decisions);
  let state: PageState = readState(location.search);

  const remember = (next: Partial<PageState>) => {
    state = { ...state, ...next };
    history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
  };
  const reload = async () => {
    readouts = await repository.all();
    decisions = await store.all();
    registry = buildRegistry(readouts, decisions);
    draw();
  };
  // A decision made here syncs to the user's other devices (utils/sync/decisions.ts).
  const decided = async () => {
    requestDecisionsSync();
    await reload();
  };

  const draw = () => {
    replaceChildren(
      byId('tabs'),
      h(
        'div',
        { attrs: { role: 'tablist' } },
        ...TABS.map((tab) =>
          h(
            'button',
            {
              attrs: { type: 'button', role: 'tab', 'aria-selected': tab === state.tab, 'data-tab': tab },
              on: {
                click: () => {
                  remember({ tab });
                  draw();
                },
              },
            },
            t(`analysis.tab.${tab}`),
          ),
        ),
      ),
    );
    const panel =
      state.tab === 'people'
        ? peoplePanel({
            readouts,
            registry,
            decisions,
            query: state.query,
            personId: state.personId,
            onState: ({ query, personId }) => remember({ query, personId }),
            split: async (personId, readoutIds) => {
              await store.split(personId, readoutIds);
              await decided();
            },
            join: async (into, from) => {
              await store.join(into, from);
              await decided();
            },
            revoke: async (decision) => {
              await store.revoke(decision);
              await decided();
            },
          })
        : state.tab === 'countries'
          ? countryPanel(readouts, { country: state.country, split: state.split }, (next) => {
              remember(next);
              draw();
            })
          : exportPanel(readouts, state.country);
    replaceChildren(byId('panel'), panel);
  };
  draw();
  document.body.dataset.ready = 'true';
  // Captures, edits and syncs in other pages change the collection: read it again.
  onReadoutsChanged(() => void reload());
  // Other devices' split and join decisions arrived with a sync.
  onDecisionsChanged(() => void reload());
}

void start();
