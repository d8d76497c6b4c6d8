// Records a whole-repo check (lint, typecheck) as one test in the report directory,
// in the same JSON shape vitest writes, so the closing count includes it.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const [name, outcome] = process.argv.slice(2);
const dir = process.env.READOUTS_REPORT_DIR;
if (!dir || !name) process.exit(0);
const passed = outcome === 'passed';
const report = {
  numPassedTests: passed ? 1 : 0,
  numFailedTests: passed ? 0 : 1,
  numFailedTestSuites: 0,
  testResults: [{ name, status: outcome, assertionResults: [{ fullName: name, status: outcome }] }],
};
writeFileSync(
  path.join(dir, `check-${name}${process.env.READOUTS_REPORT_SUFFIX ?? ''}.json`),
  JSON.stringify(report),
);
