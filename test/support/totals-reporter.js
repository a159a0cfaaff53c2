// Appends each Jest run's totals to tmp/test-totals.jsonl so `npm test` can print one closing line
// ("N passed, N failed") over every project that Nx ran.
const { appendFileSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');

class TotalsReporter {
  onRunComplete(_contexts, results) {
    const dir = join(__dirname, '..', '..', 'tmp');
    mkdirSync(dir, { recursive: true });
    const line = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    appendFileSync(join(dir, 'test-totals.jsonl'), JSON.stringify(line) + '\n');
  }
}
module.exports = TotalsReporter;
