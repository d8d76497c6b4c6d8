import { describe, expect, it, vi } from 'vitest';
import { extractInTab } from '../extract-in-tab';

const result = { kind: 'not-readout', reasons: ['index page'] } as const;

describe('extractInTab', () => {
  it('asks the content script and injects nothing when it answers', async () => {
    const deps = { ask: vi.fn().mockResolvedValue(result), inject: vi.fn() };
    expect(await extractInTab(deps)(3)).toEqual(result);
    expect(deps.inject).not.toHaveBeenCalled();
  });

  it('injects the content script into a tab that does not answer, then asks again', async () => {
    const deps = {
      ask: vi
        .fn()
        .mockRejectedValueOnce(new Error('Receiving end does not exist'))
        .mockResolvedValueOnce(result),
      inject: vi.fn().mockResolvedValue(undefined),
    };
    expect(await extractInTab(deps)(3)).toEqual(result);
    expect(deps.inject).toHaveBeenCalledWith(3);
    expect(deps.ask).toHaveBeenCalledTimes(2);
  });

  it('keeps the first error when the script cannot be injected', async () => {
    const deps = {
      ask: vi.fn().mockRejectedValue(new Error('Receiving end does not exist')),
      inject: vi.fn().mockRejectedValue(new Error('Cannot access contents of the page')),
    };
    await expect(extractInTab(deps)(3)).rejects.toThrow('Receiving end does not exist');
    expect(deps.ask).toHaveBeenCalledOnce();
  });
});
