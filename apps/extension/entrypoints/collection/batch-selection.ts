// The readouts picked for a batch edit, with the rules of a file list: a click picks one, a
// Ctrl/Cmd-click toggles one, a Shift-click or Shift+arrow picks the range from the anchor.
// Pure (ids in, ids out), so the rules are tested without a page.

/** How a row was clicked: which modifier keys were held. */
export interface ClickModifiers {
  shift?: boolean;
  /** Ctrl on Windows and Linux, Cmd on macOS. */
  toggle?: boolean;
}

/**
 * The picked readout ids. `order` is always the visible list at the time of the call, so a range
 * follows what the user sees (sort and filters included).
 */
export class BatchSelection {
  private picked = new Set<string>();
  /** Where a range starts: the last row clicked without Shift. */
  private anchor: string | null = null;
  /** The far end of the last range (moved by Shift+arrows). */
  private lead: string | null = null;

  get size(): number {
    return this.picked.size;
  }

  has(id: string): boolean {
    return this.picked.has(id);
  }

  /** The picked ids in the order of `order`, leaving out ids no longer in it. */
  ids(order: readonly string[]): string[] {
    return order.filter((id) => this.picked.has(id));
  }

  /** A click on row `id`: picks it alone, toggles it, or picks the range from the anchor to it. */
  click(id: string, order: readonly string[], modifiers: ClickModifiers = {}): void {
    if (modifiers.shift && this.anchor !== null && order.includes(this.anchor)) {
      const range = rangeOf(order, this.anchor, id);
      this.picked = modifiers.toggle ? new Set([...this.picked, ...range]) : new Set(range);
      this.lead = id;
      return;
    }
    if (modifiers.toggle) this.toggle(id);
    else this.picked = new Set([id]);
    this.anchor = id;
    this.lead = id;
  }

  /** Space on a row: adds it, or takes it out; it becomes the anchor of the next range. */
  toggle(id: string): void {
    if (this.picked.has(id)) this.picked.delete(id);
    else this.picked.add(id);
    this.anchor = id;
    this.lead = id;
  }

  /**
   * Shift+arrow from row `from`: the range from the anchor grows (or shrinks) by `step` rows.
   * Returns the row the range now ends at, for the page to focus, or null at either end.
   */
  extend(from: string, step: number, order: readonly string[]): string | null {
    const start = this.lead !== null && order.includes(this.lead) ? this.lead : from;
    const index = order.indexOf(start);
    if (index < 0) return null;
    const next = order[Math.min(order.length - 1, Math.max(0, index + step))]!;
    if (this.anchor === null || !order.includes(this.anchor)) this.anchor = start;
    this.picked = new Set(rangeOf(order, this.anchor, next));
    this.lead = next;
    return next;
  }

  /** Picks every id of `order` (every readout matching the filters). */
  selectAll(order: readonly string[]): void {
    this.picked = new Set(order);
  }

  clear(): void {
    this.picked.clear();
    this.anchor = null;
    this.lead = null;
  }

  /** Drops picked ids that left `order` (filtered out, deleted elsewhere); true if any did. */
  prune(order: readonly string[]): boolean {
    const kept = this.ids(order);
    if (kept.length === this.picked.size) return false;
    this.picked = new Set(kept);
    return true;
  }
}

/** The ids of `order` from `a` to `b`, both included, whichever comes first. */
function rangeOf(order: readonly string[], a: string, b: string): string[] {
  const [i, j] = [order.indexOf(a), order.indexOf(b)];
  if (i < 0 || j < 0) return [b];
  return order.slice(Math.min(i, j), Math.max(i, j) + 1);
}
