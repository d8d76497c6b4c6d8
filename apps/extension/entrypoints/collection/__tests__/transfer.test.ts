import { type ImportProblem, parseImport, toJson, toJsonl } from '@readouts/transfer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeReadout, freshIndexedDb } from '../../../utils/__tests__/factories';
import { type FullDisk, fakeFullDisk } from '../../../utils/__tests__/full-disk';
import { CollectionModel } from '../../../utils/collection/model';
import { openReadoutsDb } from '../../../utils/db/open';
import { ReadoutRepository } from '../../../utils/db/readouts';
import { setLocale } from '../../../utils/i18n';
import { en } from '../../../utils/i18n/en';
import { describeProblem, renderTransfer } from '../transfer';

const duplicateOf = fakeReadout();

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

/** Clicks an export button and returns the text of the file it downloads. */
async function exported(controls: HTMLElement, action: string): Promise<string> {
  let blob: Blob | undefined;
  const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((value) => {
    blob = value as Blob;
    return 'blob:export';
  });
  try {
    controls.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!.click();
    expect(blob).toBeDefined();
    return await blob!.text();
  } finally {
    create.mockRestore();
  }
}

describe('export then import on the collection page', () => {
  beforeEach(() => freshIndexedDb());

  const collection = () => [
    fakeReadout({ user: { tags: ['Quad', 'G7'], note: 'line one\n=HYPERLINK("x")', starred: true } }),
    fakeReadout({ title: '日米首脳会談', user: { tags: [], note: '', starred: false } }),
    fakeReadout({ points: [{ n: 1, text: '+1+1, "quoted"' }] }),
  ];

  it.each([
    ['export-json', 'JSON'],
    ['export-jsonl', 'JSON Lines'],
    ['export-csv', 'CSV'],
  ])('restores every readout from its own %s file (%s)', async (action) => {
    const source = new ReadoutRepository(await openReadoutsDb(), { deviceId: 'a' });
    const readouts = collection();
    await source.import(readouts);
    const text = await exported(renderTransfer(await CollectionModel.load(source), vi.fn()), action);

    freshIndexedDb();
    const target = new ReadoutRepository(await openReadoutsDb(), { deviceId: 'b' });
    const model = await CollectionModel.load(target);
    const report = vi.fn();
    choose(renderTransfer(model, report), text);
    await vi.waitFor(() => expect(report).toHaveBeenCalled());
    expect(report).toHaveBeenCalledWith('Imported 3 new, 0 replaced, 0 unchanged.', false);
    const byId = (list: readonly { id: string }[]) => [...list].sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(byId(await target.all())).toEqual(byId(readouts));
    expect(model.total).toBe(3);
  });

  it('imports nothing from a JSON Lines file with one bad line, and names the line', async () => {
    const repository = new ReadoutRepository(await openReadoutsDb(), { deviceId: 'a' });
    const model = await CollectionModel.load(repository);
    const [good, bad] = [fakeReadout(), fakeReadout({ date: '2020-13-45' })];
    const report = vi.fn();
    choose(renderTransfer(model, report), `${JSON.stringify(good)}\n${JSON.stringify(bad)}\n`);
    await vi.waitFor(() => expect(report).toHaveBeenCalled());
    const [message, isError] = report.mock.calls[0]!;
    expect(isError).toBe(true);
    expect(message).toMatch(/^Nothing was imported: line 2 \(/);
    expect(message).toContain('date');
    expect(await repository.count()).toBe(0);
    expect(model.total).toBe(0);
  });
});

describe('import problems in the UI language', () => {
  afterEach(() => setLocale('en'));

  it('words the importer’s problem codes in English and in Japanese, keeping the place and the id', () => {
    const file = parseImport(toJsonl([duplicateOf, { ...duplicateOf, id: 'other' }]));
    expect(file.ok).toBe(false);
    if (file.ok) return;
    expect(file.problems.map(describeProblem)).toEqual([
      'line 2 (other): the page appears twice in the file',
    ]);
    setLocale('ja');
    expect(file.problems.map(describeProblem)).toEqual([
      '2 行目（other）: 同じページがファイルに 2 回あります',
    ]);
    expect(describeProblem({ code: 'more', count: 4 })).toBe('…ほか 4 件');
    const csv = parseImport('id,title\nx,y\n');
    expect(!csv.ok && csv.problems.map(describeProblem)).toEqual([
      'この CSV には "record" 列がありません。readouts が書き出した CSV か、JSON の書き出しを読み込んでください',
    ]);
  });

  it('has a wording for every problem code in both languages', () => {
    const problems: ImportProblem[] = [
      { code: 'notJson', detail: 'x' },
      { code: 'notAList' },
      { code: 'noRecordColumn' },
      { code: 'csvBroken', at: { kind: 'row', n: 3 }, detail: 'x' },
      { code: 'recordCut', at: { kind: 'row', n: 3 } },
      { code: 'invalid', at: { kind: 'readout', n: 1, id: 'a' }, detail: 'date: bad' },
      { code: 'duplicate', at: { kind: 'line', n: 2 } },
      { code: 'more', count: 1 },
    ];
    for (const locale of ['en', 'ja'] as const) {
      setLocale(locale);
      for (const problem of problems) expect(describeProblem(problem)).not.toMatch(/importProblem|\{\w+\}/);
    }
  });
});
