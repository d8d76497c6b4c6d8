import { beforeEach, describe, expect, it } from 'vitest';
import { fakeContent, freshIndexedDb } from '../../__tests__/factories';
import type { ReadoutsChange } from '../changes';
import { openReadoutsDb } from '../open';
import { ReadoutRepository } from '../readouts';

/** Listens as another page would: its own channel object on the same name. */
function listen(): { changes: ReadoutsChange[]; next: () => Promise<ReadoutsChange>; close: () => void } {
  const other = new BroadcastChannel('readouts:changes');
  const changes: ReadoutsChange[] = [];
  let waiting: ((change: ReadoutsChange) => void) | undefined;
  other.onmessage = (event: MessageEvent<ReadoutsChange>) => {
    changes.push(event.data);
    waiting?.(event.data);
  };
  return {
    changes,
    next: () => new Promise((resolve) => (waiting = resolve)),
    close: () => other.close(),
  };
}

describe('change announcements', () => {
  beforeEach(freshIndexedDb);

  it('tells other pages which readouts a write changed, after it committed', async () => {
    const repo = new ReadoutRepository(await openReadoutsDb(), { deviceId: 'test' });
    const other = listen();
    const content = fakeContent();
    const announced = other.next();
    await repo.saveCapture(content);
    expect(await announced).toEqual({ ids: [content.id] });
    expect(await repo.get(content.id)).toBeDefined();

    const deleted = other.next();
    await repo.delete(content.id);
    expect(await deleted).toEqual({ ids: [content.id] });
    other.close();
  });
});
