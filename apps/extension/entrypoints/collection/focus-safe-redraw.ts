// Redraws a group of controls only while the user is not in one of them. The toolbar and the
// filter fields are rebuilt when the collection's data changes (the rest of it read after the
// first screen, a sync pull, a capture elsewhere); rebuilding the field being typed in dropped its
// focus, so the next keystrokes went nowhere and a participant typed but not yet chosen was lost.

/** Redraws `container` when its key changes, waiting while the focus is inside it. */
export class FocusSafeRedraw {
  private drawnKey: string | null = null;
  private pending: (() => void) | null = null;

  constructor(private readonly container: HTMLElement) {
    // After the focus has moved: `focusout` fires before the new element has it. A window losing
    // focus keeps `activeElement` where it was, so switching tabs does not redraw under the user.
    container.addEventListener('focusout', () => setTimeout(() => this.flush(), 0));
  }

  /** Runs `render` for `key` now, or once the focus has left the container; nothing if drawn. */
  draw(key: string, render: () => void): void {
    if (key === this.drawnKey) {
      this.pending = null;
      return;
    }
    if (this.drawnKey !== null && this.container.contains(document.activeElement)) {
      this.pending = () => this.draw(key, render);
      return;
    }
    this.drawnKey = key;
    this.pending = null;
    render();
  }

  /** Whether a redraw waits for the focus to leave. */
  get waiting(): boolean {
    return this.pending !== null;
  }

  private flush(): void {
    if (this.pending && !this.container.contains(document.activeElement)) this.pending();
  }
}
