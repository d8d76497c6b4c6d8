// The named channels between the extension's contexts: another context hears a message, the
// sender does not, and a stopped listener hears nothing more.
import { describe, expect, it, vi } from 'vitest';
import { broadcast } from '../broadcast';

/** Waits until messages posted so far are delivered (BroadcastChannel delivers asynchronously). */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('broadcast', () => {
  it('delivers to another context on the same name, not to the sender, until stopped', async () => {
    const name = `test:${Math.random()}`;
    const here = broadcast<{ n: number }>(name);
    const other = broadcast<{ n: number }>(name);
    const heardThere = vi.fn();
    const heardHere = vi.fn();
    const stop = other.listen(heardThere);
    here.listen(heardHere);
    here.post({ n: 1 });
    await delivered();
    expect(heardThere).toHaveBeenCalledWith({ n: 1 });
    expect(heardHere).not.toHaveBeenCalled();
    stop();
    here.post({ n: 2 });
    await delivered();
    expect(heardThere).toHaveBeenCalledTimes(1);
  });
});
