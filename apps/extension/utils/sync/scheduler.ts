// When sync rounds run: at once on "Sync now", debounced after local changes, on startup and
// alarms; one at a time; after a retryable failure, again after an exponential backoff.
import { retryDelay } from './backoff';
import { isRetryable, SyncError } from './errors';

/** `focus`: a page showing the collection opened or came back into view. */
export type SyncTrigger = 'manual' | 'change' | 'startup' | 'alarm' | 'focus';

export interface SchedulerDeps {
  /** One sync round; throws on failure. */
  round(): Promise<void>;
  /** Whether an automatic trigger may start a round (sync set up and automatic sync on). */
  allowed(trigger: SyncTrigger): Promise<boolean>;
  /** Reports a failed round; `retryAt` is when the next attempt comes (null: none planned). */
  failed(error: unknown, retryAt: number | null): Promise<void>;
  debounceMs?: number;
  random?: () => number;
  now?: () => number;
}

/** Runs sync rounds on triggers; see the module header. */
export class SyncScheduler {
  private running: Promise<void> | null = null;
  private again = false;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private debounceTimer: ReturnType<typeof setTimeout> | null = null;
  /** Set by a 401: automatic rounds wait for "Sync now" or new settings. */
  private halted = false;

  constructor(private readonly deps: SchedulerDeps) {}

  /** Asks for a round; the promise settles when the round it started (or joined) is over. */
  async request(trigger: SyncTrigger): Promise<void> {
    if (trigger === 'manual') {
      this.clearTimers();
      this.attempt = 0;
      this.halted = false;
      // The caller wants a round that starts now, not the end of one already under way.
      if (this.running) await this.running;
      return this.runNow();
    }
    if (this.halted || !(await this.deps.allowed(trigger))) return;
    if (trigger === 'change') {
      if (this.debounceTimer) clearTimeout(this.debounceTimer);
      this.debounceTimer = setTimeout(() => {
        this.debounceTimer = null;
        void this.runNow();
      }, this.deps.debounceMs ?? 1_500);
      return;
    }
    // A planned retry already covers startup, alarms and focus; backing off means not knocking earlier.
    if (this.retryTimer) return;
    return this.runNow();
  }

  /** Whether automatic rounds are stopped by a refused token. */
  get isHalted(): boolean {
    return this.halted;
  }

  private runNow(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.runRound().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.runNow();
      }
    });
    return this.running;
  }

  private async runRound(): Promise<void> {
    try {
      await this.deps.round();
      this.attempt = 0;
    } catch (error) {
      if (isRetryable(error)) {
        this.attempt += 1;
        const retryAfter = (error as SyncError).details.retryAfterMs ?? null;
        const delay = retryDelay(this.attempt, retryAfter, this.deps.random ?? Math.random);
        if (this.retryTimer) clearTimeout(this.retryTimer);
        this.retryTimer = setTimeout(() => {
          this.retryTimer = null;
          void this.runNow();
        }, delay);
        await this.deps.failed(error, (this.deps.now ?? Date.now)() + delay);
        return;
      }
      if (error instanceof SyncError && error.kind === 'unauthorized') this.halted = true;
      await this.deps.failed(error, null);
    }
  }

  private clearTimers(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.retryTimer = null;
    this.debounceTimer = null;
  }
}
