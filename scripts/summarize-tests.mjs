// Adds up the JSON test reports in a directory and prints the closing line "N passed, N failed".
// A test file that failed to load counts as a failure; exits non-zero when anything failed.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.argv[2] ?? process.env.READOUTS_REPORT_DIR ?? '.reports';
let passed = 0;
let failed = 0;
const failures = [];
/** The first non-empty line of an error message, short enough to read in a CI log. */
const reason = (message) => {
  const line = (message ?? '').split('\n').find((l) => l.trim() !== '') ?? '(no message)';
  return line.trim().slice(0, 200);
};
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const report = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  for (const suite of report.testResults ?? []) {
    const broken =
      suite.status === 'failed' && (suite.assertionResults ?? []).every((t) => t.status !== 'failed');
    if (broken) failed += 1;
    for (const t of suite.assertionResults ?? [])
      if (t.status === 'failed') failures.push(`${file}: ${t.fullName}: ${reason(t.failureMessages?.[0])}`);
    if (broken) failures.push(`${file}: ${suite.name} did not run: ${reason(suite.message)}`);
  }
  console.log(
    `${file.replace(/\.json$/, '').padEnd(28)} ${report.numPassedTests ?? 0} passed, ${report.numFailedTests ?? 0} failed`,
  );
}
for (const f of failures) console.log(`FAILED ${f}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
