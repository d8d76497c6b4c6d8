import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeReadout, freshIndexedDb } from '../../../utils/__tests__/factories';
import { type FullDisk, fakeFullDisk } from '../../../utils/__tests__/full-disk';
import { CollectionModel } from '../../../utils/collection/model';
import { openReadoutsDb } from '../../../utils/db/open';
import { ReadoutRepository } from '../../../utils/db/readouts';
import { en } from '../../../utils/i18n/en';
import { toJson } from '../../../utils/transfer/export';
import { renderTransfer } from '../transfer';

/** Chooses a file in the import control, as the file picker would. */
function choose(controls: HTMLElement, text: string): void {
  const input = controls.querySelector<HTMLInputElement>('input[data-action="import-file"]')!;
  const file = new File([text], 'readouts.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
}

describe('import on the collection page with a full disk', () => {
  let disk: FullDisk;
  beforeEach(() => {
    freshIndexedDb();
    disk = fakeFullDisk();
  });
  afterEach(() => disk.restore());

  it('reports that nothing was imported, keeps the collection, and imports on a retry', async () => {
    const repository = new ReadoutRepository(await openReadoutsDb(), { deviceId: 'test' });
    const existing = fakeReadout({ user: { tags: ['kept'], note: '', starred: true } });
    await repository.import([existing]);
    const model = await CollectionModel.load(repository);
    const report = vi.fn();
    const controls = renderTransfer(model, report);
    const file = toJson(Array.from({ length: 5 }, () => fakeReadout()));

    disk.fill({ after: 2 });
    choose(controls, file);
    await vi.waitFor(() => expect(report).toHaveBeenCalled());
    expect(report).toHaveBeenCalledWith(`Nothing was imported: ${en['storage.full']}`, true);
    expect(model.total).toBe(1);
    expect(await repository.all()).toEqual([existing]);
    expect(await repository.outbox()).toHaveLength(3);

    disk.free();
    report.mockClear();
    choose(controls, file);
    await vi.waitFor(() => expect(report).toHaveBeenCalled());
    expect(report).toHaveBeenCalledWith('Imported 5 new, 0 replaced, 0 unchanged.', false);
    expect(model.total).toBe(6);
    expect(await repository.count()).toBe(6);
  });
});
