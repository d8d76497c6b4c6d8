// Keeps the collection's URL and the view in step: the URL read on open (and on back/forward), the
// view written back on every change, a new history entry per filter or readout chosen, the same
// entry while a search is typed. What the URL says that the page cannot use is named in a notice.
import type { CollectionModel } from '../../utils/collection/model';
import {
  parseViewState,
  serialiseViewState,
  type ViewProblem,
  type ViewState,
} from '../../utils/collection/view-state';
import { h, replaceChildren } from '../../utils/dom';
import { type MessageKey, t } from '../../utils/i18n';

type Problem = ViewProblem | { param: string; value: string; reason: 'noReadout' | 'noParticipant' };

/** The view of a URL, checked against the collection: an unknown readout or person is a problem too. */
function viewOf(model: CollectionModel, url: Location): { state: ViewState; problems: Problem[] } {
  const { state, problems } = parseViewState(url.search) as { state: ViewState; problems: Problem[] };
  // `collection.html#<id>`, the popup's link, opens at that readout.
  const linked = url.hash.length > 1 ? decodeURIComponent(url.hash.slice(1)) : '';
  if (!state.readout && linked) state.readout = linked;
  if (state.readout && !model.get(state.readout)) {
    problems.push({ param: 'readout', value: state.readout, reason: 'noReadout' });
    state.readout = null;
  }
  const person = state.filters.participant;
  if (person && !model.people().get(person)) {
    problems.push({ param: 'participant', value: person, reason: 'noParticipant' });
    state.filters.participant = null;
  }
  return { state, problems };
}

function describe(problem: Problem): string {
  return t(`url.reason.${problem.reason}` as MessageKey, { param: problem.param, value: problem.value });
}

/** Shows the problems of a URL in `notice` (emptied when there are none), with a Dismiss button. */
function showProblems(notice: HTMLElement, problems: Problem[]): void {
  if (problems.length === 0) {
    replaceChildren(notice);
    notice.hidden = true;
    return;
  }
  notice.hidden = false;
  replaceChildren(
    notice,
    h('span', {}, t('url.ignored', { items: problems.map(describe).join('; ') })),
    h(
      'button',
      { attrs: { type: 'button' }, on: { click: () => showProblems(notice, []) } },
      t('url.dismiss'),
    ),
  );
}

/** Applies the page's URL to the model and follows the model with the URL from then on. */
export function bindViewToUrl(model: CollectionModel, notice: HTMLElement): void {
  const current = () => serialiseViewState({ filters: model.filters, readout: model.selectedId });
  const urlOf = (search: string) => `${location.pathname}${search}`;
  const apply = () => {
    const { state, problems } = viewOf(model, location);
    showProblems(notice, problems);
    model.setView(state.filters, state.readout);
  };
  apply();
  // The address is tidied at once: a bookmark made now holds only what the page uses.
  history.replaceState(null, '', urlOf(current()));
  let shownQuery = model.filters.query;
  model.subscribe(() => {
    const search = current();
    if (search === location.search) return;
    // Going on typing a search replaces the entry; any other change (a search begun included) is
    // a step back and forward can retrace.
    const typing = model.filters.query !== shownQuery && shownQuery.trim() !== '';
    shownQuery = model.filters.query;
    if (typing) history.replaceState(null, '', urlOf(search));
    else history.pushState(null, '', urlOf(search));
  });
  addEventListener('popstate', () => {
    apply();
    shownQuery = model.filters.query;
  });
}
