// The collection's side of paired meetings: the list with each pair once, an "EN + JA" mark on its
// row, and in the detail view the language switch (Japanese marked authoritative), "not the same
// meeting" and "pair with…". The user's decisions are kept in IndexedDB and sync with the
// user's other devices (utils/sync/decisions.ts).
import type { PairDecision, PairDecisions } from '@readouts/bulk';
import type { Readout } from '@readouts/schema';
import { formatHlc, parseHlc } from '@readouts/sync';
import { loadPairDecisions, mergePairDecisions } from '../db/bulk';
import type { ReadoutsDatabase } from '../db/open';
import { h } from '../dom';
import { t } from '../i18n';
import { requestDecisionsSync } from '../sync/decisions-signal';
import { collapsePairs, PairIndex, pairChoices } from './pairs';

/** What the view reads of the collection model. */
export interface PairedCollection {
  all(): Readout[];
  visible(): Readout[];
  get(id: string): Readout | undefined;
  readonly dataVersion: number;
}

export class PairsView {
  private index: PairIndex | null = null;
  private indexVersion = -1;
  private collapsedFrom: Readout[] | null = null;
  private collapsed: Readout[] = [];
  private readonly listeners = new Set<() => void>();

  private constructor(
    private readonly db: ReadoutsDatabase,
    private readonly model: PairedCollection,
    private readonly deviceId: string,
    private decisions: PairDecisions,
  ) {}

  static async load(db: ReadoutsDatabase, model: PairedCollection, deviceId: string): Promise<PairsView> {
    return new PairsView(db, model, deviceId, await loadPairDecisions(db));
  }

  /** Told when a decision changed the pairs. */
  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  /** The pairs, worked out again when the readouts or the decisions changed. */
  pairs(): PairIndex {
    if (!this.index || this.indexVersion !== this.model.dataVersion) {
      this.index = PairIndex.of(this.model.all(), this.decisions);
      this.indexVersion = this.model.dataVersion;
      this.collapsedFrom = null;
    }
    return this.index;
  }

  /** The model's visible readouts with each pair once (the same array while nothing changed). */
  visible(): Readout[] {
    const index = this.pairs();
    const visible = this.model.visible();
    if (visible !== this.collapsedFrom) {
      this.collapsedFrom = visible;
      this.collapsed = collapsePairs(visible, index);
    }
    return this.collapsed;
  }

  /** The mark on a paired meeting's list row, or null. */
  rowMark(readout: Readout): HTMLElement | null {
    if (!this.pairs().partnerOf(readout.id)) return null;
    return h(
      'span',
      { class: 'pair-mark', attrs: { 'data-pair': this.pairs().partnerOf(readout.id)! } },
      ` ${t('pair.badge')}`,
    );
  }

  /** Records a decision (`join` pairs the two, `split` keeps them apart) and redraws. */
  async decide(en: string, ja: string, action: PairDecision['action']): Promise<void> {
    const latest = Object.values(this.decisions).reduce((max, d) => Math.max(max, parseHlc(d.hlc).wallMs), 0);
    const hlc = formatHlc({ wallMs: Math.max(Date.now(), latest + 1), counter: 0, nodeId: this.deviceId });
    // Merged into what is stored, not written over it: a sync may have stored decisions meanwhile.
    this.decisions = await mergePairDecisions(this.db, [{ en, ja, action, hlc }]);
    this.changed();
    requestDecisionsSync();
  }

  /** Reads the stored decisions again (a sync brought other devices' decisions) and redraws. */
  async reload(): Promise<void> {
    this.decisions = await loadPairDecisions(this.db);
    this.changed();
  }

  private changed(): void {
    this.index = null;
    for (const listener of this.listeners) listener();
  }

  /**
   * The language part of a readout's detail view: for a paired meeting, a switch between the two
   * versions (Japanese marked authoritative) and "not the same meeting"; otherwise "pair with…"
   * listing the other-language readouts of the same days.
   */
  section(readout: Readout, select: (id: string) => void): HTMLElement {
    const partnerId = this.pairs().partnerOf(readout.id);
    const partner = partnerId ? this.model.get(partnerId) : undefined;
    if (!partner) return this.joinSection(readout);
    const [en, ja] = readout.lang === 'en' ? [readout, partner] : [partner, readout];
    const version = (r: Readout, label: string) =>
      h(
        'button',
        {
          attrs: { type: 'button', lang: r.lang, 'data-lang': r.lang, 'aria-pressed': r.id === readout.id },
          on: { click: () => r.id !== readout.id && select(r.id) },
        },
        label,
      );
    return h(
      'section',
      {
        class: 'pair-switch',
        attrs: { 'aria-label': t('pair.versions'), 'data-en': en.id, 'data-ja': ja.id },
      },
      h(
        'div',
        { class: 'pair-versions', attrs: { role: 'group' } },
        version(ja, t('pair.showJa')),
        version(en, t('pair.showEn')),
      ),
      h(
        'p',
        { class: readout.lang === 'ja' ? 'pair-note authoritative' : 'pair-note provisional' },
        t(readout.lang === 'ja' ? 'pair.authoritative' : 'pair.provisional'),
      ),
      h(
        'button',
        {
          class: 'link',
          attrs: { type: 'button', 'data-action': 'pair-split' },
          on: { click: () => void this.decide(en.id, ja.id, 'split') },
        },
        t('pair.split'),
      ),
    );
  }

  private joinSection(readout: Readout): HTMLElement {
    const choices = pairChoices(readout, this.model.all(), this.pairs());
    if (choices.length === 0) return h('span', { class: 'pair-none' });
    const select = h(
      'select',
      { attrs: { name: 'pair-with', 'aria-label': t('pair.joinPrompt') } },
      h('option', { attrs: { value: '' } }, t('pair.join')),
      ...choices.map((c) => h('option', { attrs: { value: c.id, lang: c.lang } }, `${c.date} ${c.title}`)),
    );
    select.addEventListener('change', () => {
      const other = select.value;
      if (!other) return;
      const [en, ja] = readout.lang === 'en' ? [readout.id, other] : [other, readout.id];
      void this.decide(en, ja, 'join');
    });
    return h('section', { class: 'pair-join' }, select);
  }
}
