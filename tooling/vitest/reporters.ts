// Test reporters shared by every package: the console always, and a JSON report per package
// when READOUTS_REPORT_DIR is set, so scripts/summarize-tests.mjs can print one closing count.
import path from 'node:path';

export function reporters(packageName: string): Array<string | [string, Record<string, unknown>]> {
  const dir = process.env.READOUTS_REPORT_DIR;
  if (!dir) return ['default'];
  const suffix = process.env.READOUTS_REPORT_SUFFIX ?? '';
  const file = path.join(dir, `${packageName.replace(/[^a-z0-9-]/gi, '_')}${suffix}.json`);
  return ['default', ['json', { outputFile: file }]];
}
