import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CaptureService } from '../capture';
import { createMenu, listenForShortcuts, SAVE_COMMAND } from '../shortcuts';

type Listener = (...args: never[]) => void;

/** A minimal browser event whose listeners the test can call. */
function fakeEvent() {
  const listeners: Listener[] = [];
  return {
    addListener: (listener: Listener) => listeners.push(listener),
    fire: (...args: unknown[]) => {
      for (const listener of listeners) (listener as (...a: unknown[]) => void)(...args);
    },
  };
}

const fakeCapture = (): CaptureService => ({
  status: vi.fn(),
  statusOf: vi.fn(),
  save: vi.fn(async () => ({ state: 'saved' as const, url: null, result: null, saved: null })),
});

describe('shortcuts', () => {
  const onCommand = fakeEvent();
  const onClicked = fakeEvent();
  const create = vi.fn();

  beforeEach(() => {
    fakeBrowser.reset();
    create.mockClear();
    Object.assign(fakeBrowser.commands, { onCommand });
    Object.assign(fakeBrowser.contextMenus, { onClicked, create, removeAll: vi.fn(async () => {}) });
    Object.assign(fakeBrowser.i18n, { getMessage: (key: string) => `msg:${key}` });
  });

  it('saves the tab the keyboard command was used on', () => {
    const capture = fakeCapture();
    listenForShortcuts(capture);
    onCommand.fire(SAVE_COMMAND, { id: 12 });
    onCommand.fire('other-command', { id: 13 });
    expect(capture.save).toHaveBeenCalledExactlyOnceWith(12);
  });

  it('saves the tab whose page menu entry was clicked', () => {
    const capture = fakeCapture();
    listenForShortcuts(capture);
    onClicked.fire({ menuItemId: 'save-readout' }, { id: 4 });
    expect(capture.save).toHaveBeenCalledExactlyOnceWith(4);
  });

  it('offers the menu entry on MOFA pages only', async () => {
    await createMenu();
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({
        id: 'save-readout',
        title: 'msg:menuSave',
        documentUrlPatterns: ['https://www.mofa.go.jp/*'],
      }),
    );
  });
});
