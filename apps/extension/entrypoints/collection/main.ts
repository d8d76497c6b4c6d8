// Collection page wiring: load readouts once, then re-render list, detail and charts on every change.
import type { Readout } from '@readouts/schema';
import { PairsView } from '../../utils/bulk/pairs-view';
import { filterOptions } from '../../utils/collection/filters';
import { CollectionModel } from '../../utils/collection/model';
import { onReadoutsChanged } from '../../utils/db/changes';
import { getDb } from '../../utils/db/open';
import { requestPersistentStorage } from '../../utils/db/persistence';
import { describeWriteError } from '../../utils/db/quota';
import { ReadoutRepository } from '../../utils/db/readouts';
import { h, replaceChildren } from '../../utils/dom';
import { getLocale, t } from '../../utils/i18n';
import { collectionSort, getDeviceId } from '../../utils/storage';
import { onDecisionsChanged } from '../../utils/sync/decisions-signal';
import { mountSyncStatus } from '../../utils/sync/status-line';
import { runBatch } from './batch-actions';
import { renderBatchBar } from './batch-bar';
import { BatchSelection } from './batch-selection';
import { drawCharts } from './charts';
import { countLine } from './count-line';
import { renderDetail } from './detail';
import { correctionActions } from './detail-actions';
import { FocusSafeRedraw } from './focus-safe-redraw';
import { nextRow, ROW_HEIGHT, readoutRow } from './list';
import { showToast } from './toast';
import { renderToolbar } from './toolbar';
import { renderTransfer } from './transfer';
import { mountViewControls } from './view-controls';
import { VirtualList } from './virtual-list';

const byId = (id: string) => document.getElementById(id)!;

async function start(): Promise<void> {
  document.documentElement.lang = getLocale();
  document.title = t('collection.title');
  const context = { deviceId: await getDeviceId() };
  const db = await getDb();
  const repository = new ReadoutRepository(db, context);
  // The first screen is read from an index and drawn before the rest is read and indexed.
  const model = await CollectionModel.open(repository, await collectionSort.getValue());
  // Paired meetings (issue 12): the list shows each EN/JA pair once.
  const pairs = await PairsView.load(db, model, context.deviceId);
  const toast = byId('toast');
  const report = (message: string, isError: boolean) => showToast(toast, message, { isError });
  // A refused edit (storage full) changes neither the database nor the screen: say so.
  const notSaved = (error: unknown) =>
    report(t('collection.notSaved', { reason: describeWriteError(error) }), true);
  const count = h('p', { class: 'count', attrs: { 'data-count': '' } });
  replaceChildren(byId('header'), h('h1', {}, t('collection.title')), count, renderTransfer(model, report));
  mountSyncStatus(byId('header'));
  const loading = h('p', {
    class: 'loading',
    attrs: { role: 'status', 'aria-live': 'polite', 'data-loading': '', hidden: true },
  });
  count.after(loading);
  // What opening has still to do, and why a search or filter shows nothing yet.
  const drawPhase = () => {
    const counted = model.counted;
    const n = counted?.toLocaleString(getLocale()) ?? '';
    const phase = model.phase;
    loading.hidden = phase === 'ready';
    loading.dataset.loading = phase;
    loading.textContent =
      phase === 'ready'
        ? ''
        : t(counted === null ? 'collection.loadingUncounted' : `collection.${phase}`, { n });
    if (phase === 'loading' && !model.waiting) count.textContent = '';
    if (model.waiting) count.textContent = t('collection.waiting');
  };

  // The readouts picked for a batch edit; the list's current order gives ranges their meaning.
  const picked = new BatchSelection();
  const order = () => pairs.visible().map((readout) => readout.id);
  const batchBar = h('section', { class: 'batch-bar', attrs: { 'aria-label': t('batch.label') } });
  byId('toolbar').after(batchBar);

  const list = new VirtualList(byId('list'), ROW_HEIGHT, (readout: Readout) =>
    readoutRow(
      readout,
      {
        current: readout.id === model.selectedId,
        picked: picked.has(readout.id),
        ...controls.rowState(readout),
      },
      (id, modifiers) => {
        picked.click(id, order(), modifiers);
        // A Ctrl/Cmd-click that takes a row out of the batch leaves the detail view as it was.
        if (!modifiers.toggle || picked.has(id)) model.select(id);
        else draw();
      },
      pairs.rowMark(readout),
    ),
  );

  const focusRow = (index: number, id: string) => {
    list.scrollToIndex(index);
    byId('list')
      .querySelector<HTMLElement>(`.row[data-id="${CSS.escape(id)}"]`)
      ?.focus({ preventScroll: true });
  };
  // Arrow keys, Page Up/Down, Home and End move the selection through the list; with Shift they
  // extend the batch; Space adds the focused row to it or takes it out; Escape empties it.
  byId('list').addEventListener('keydown', (event) => {
    const visible = pairs.visible();
    const focused = (event.target as HTMLElement).closest<HTMLElement>('.row')?.dataset.id;
    if (event.key === ' ' && focused) {
      event.preventDefault();
      picked.toggle(focused);
      draw();
      return;
    }
    if (event.key === 'Escape' && picked.size > 0) {
      picked.clear();
      draw();
      return;
    }
    const current = visible.findIndex((readout) => readout.id === model.selectedId);
    const next = nextRow(current, event.key, visible.length);
    if (next === null) return;
    event.preventDefault();
    if (event.shiftKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      const from = focused ?? visible[Math.max(0, current)]!.id;
      const end = picked.extend(from, event.key === 'ArrowDown' ? 1 : -1, order());
      if (end === null) return;
      model.select(end);
      focusRow(
        visible.findIndex((readout) => readout.id === end),
        end,
      );
      return;
    }
    const id = visible[next]!.id;
    model.select(id);
    focusRow(next, id);
  });
  // A button is pressed by Space on key up: the batch toggle above has already handled it.
  byId('list').addEventListener('keyup', (event) => {
    if (event.key === ' ') event.preventDefault();
  });

  const batchDeps = {
    db,
    context,
    model,
    say: (message: string, options: { isError?: boolean; undo?: () => void }) =>
      showToast(toast, message, {
        isError: options.isError,
        action: options.undo ? { label: t('undo.action'), run: options.undo } : undefined,
      }),
  };
  // Filters, URL, saved searches, tag manager, marks and list keys (issue 11).
  const controls = mountViewControls({
    ...batchDeps,
    visible: () => pairs.visible(),
    focusRow,
    elements: {
      header: byId('header'),
      toolbar: byId('toolbar'),
      list: byId('list'),
      detail: byId('detail'),
    },
  });
  let batchKey = '';
  const drawBatchBar = () => {
    const matching = order();
    picked.prune(matching);
    // Redrawn only when the counts change, so a tag being typed there keeps its text and focus.
    const key = `${picked.size}/${matching.length}`;
    if (key === batchKey) return;
    batchKey = key;
    replaceChildren(
      batchBar,
      ...renderBatchBar(picked.size, matching.length, {
        apply: (edit) =>
          void runBatch(batchDeps, picked.ids(order()), edit).then(() => {
            if (edit.kind === 'delete') picked.clear();
            draw();
          }),
        selectAll: () => {
          picked.selectAll(order());
          draw();
        },
        clear: () => {
          picked.clear();
          draw();
        },
        report: (message) => report(message, false),
      }),
    );
  };

  const toolbar = new FocusSafeRedraw(byId('toolbar'));
  const drawToolbar = () => {
    // Redrawn when the data or a menu's value changes (a chart click sets one), never for typing
    // in the search box, and not while the user is in it or a menu (see FocusSafeRedraw).
    const { query: _query, ...menus } = model.filters;
    const onSort = (sort: Parameters<typeof model.setSort>[0]) => {
      model.setSort(sort);
      void collectionSort.setValue(sort);
    };
    toolbar.draw(JSON.stringify([model.dataVersion, menus, model.sort]), () =>
      replaceChildren(byId('toolbar'), ...renderToolbar(model, filterOptions(model.all()), onSort)),
    );
  };

  let shownInDetail: Readout | null | undefined;
  const drawDetail = () => {
    const readout = (model.selectedId ? model.get(model.selectedId) : undefined) ?? null;
    // Records are replaced, never mutated: the same object means nothing to redraw (and a note
    // being typed is not wiped by a search keystroke).
    if (readout === shownInDetail) return;
    shownInDetail = readout;
    if (!readout) {
      replaceChildren(byId('detail'), h('p', { class: 'muted' }, t('detail.choose')));
      return;
    }
    // A tag being typed survives a redraw (a sync round ending replaces the record): same readout,
    // same text and caret, focus kept.
    const tagInput = byId('detail').querySelector<HTMLInputElement>('.tag-input');
    const tagDraft =
      tagInput && byId('detail').querySelector('.detail')?.getAttribute('data-id') === readout.id
        ? {
            value: tagInput.value,
            focused: document.activeElement === tagInput,
            caret: tagInput.selectionStart,
          }
        : null;
    replaceChildren(
      byId('detail'),
      renderDetail(readout, {
        ...correctionActions(repository, model, readout),
        update: (fields) => void model.updateUser(readout.id, fields).catch(notSaved),
        remove: async () => {
          let undo: () => Promise<void>;
          try {
            undo = await model.remove(readout.id);
          } catch (error) {
            notSaved(error);
            return;
          }
          const offerUndo = (message: string, isError: boolean) =>
            showToast(toast, message, {
              isError,
              // A refused undo (storage full) is offered again: the deleted readout is still at hand.
              action: {
                label: t('undo.action'),
                run: () =>
                  void undo().catch((error: unknown) =>
                    offerUndo(t('collection.notSaved', { reason: describeWriteError(error) }), true),
                  ),
              },
            });
          offerUndo(t('undo.deleted', { title: readout.title }), false);
        },
      }),
    );
    byId('detail')
      .querySelector('.detail-title')
      ?.after(pairs.section(readout, (id) => model.select(id)));
    const newTagInput = byId('detail').querySelector<HTMLInputElement>('.tag-input');
    if (tagDraft && newTagInput) {
      newTagInput.value = tagDraft.value;
      if (tagDraft.focused) {
        newTagInput.focus();
        if (tagDraft.caret !== null) newTagInput.setSelectionRange(tagDraft.caret, tagDraft.caret);
      }
    }
  };

  let lastVisible: unknown = null;
  const draw = () => {
    const visible = pairs.visible();
    list.setItems(visible, visible !== lastVisible && lastVisible !== null && model.filters.query !== '');
    if (visible !== lastVisible) {
      lastVisible = visible;
      count.textContent = countLine(visible.length, model.total);
      drawCharts(byId('charts'), visible, {
        year: (year) => model.setFilters({ year }),
        country: (country) => model.setFilters({ country }),
      });
    }
    if (visible.length === 0 && model.total > 0) count.textContent = countLine(0, model.total);
    drawToolbar();
    drawBatchBar();
    drawDetail();
    controls.draw();
    drawPhase();
  };

  // A URL naming a readout, a person or filters is read against the whole collection.
  if (location.search.length > 1 || location.hash.length > 1) {
    drawPhase();
    await model.loadRest();
  }
  model.subscribe(draw);
  pairs.onChange(() => {
    shownInDetail = undefined;
    draw();
  });
  // Another device's pairing decisions arrived with a sync: pair (or split) the list again.
  onDecisionsChanged(() => void pairs.reload());
  // The URL names the view (and `#<id>`, the popup's link, a readout): read it, then follow it.
  controls.start();
  draw();
  if (model.selectedId) list.scrollToIndex(model.visible().findIndex((r) => r.id === model.selectedId));
  drawPhase();
  // Captures and sync pulls elsewhere arrive in bursts: reload once they settle.
  let reloadTimer: ReturnType<typeof setTimeout> | undefined;
  onReadoutsChanged(() => {
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => void model.reload(), 250);
  });
  // The rest is read once the first screen is painted, then indexed in slices; ready means all done.
  await new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100); // no frames in a background tab
  });
  await model.loadRest();
  await model.indexed();
  document.body.dataset.ready = 'true';
  // Asked from here and from the options page (the worker cannot): keep the collection under
  // storage pressure, on top of what `unlimitedStorage` does. The options page shows the answer.
  void requestPersistentStorage();
}

void start();
