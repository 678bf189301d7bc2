// Browser tests: the test/**/*.test.ts of every workspace in Chromium, TypeScript through esbuild.
// `@goesting/<pkg>` imports resolve to the package sources through their `goesting-source` export
// condition, so tests need no prior build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeArgs, findChrome } from './scripts/chrome.mjs';
import { SOURCE_CONDITION, workspaces } from './scripts/workspaces.mjs';

/** Writes the runner's own pass/fail counts to test-results/browser.json for the CI summary. */
function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) failed++;
      }
      mkdirSync('test-results', { recursive: true });
      writeFileSync('test-results/browser.json', JSON.stringify({ passed, failed, skipped }) + '\n');
    },
  };
}

export default {
  files: workspaces.map(({ dir }) => `${dir}/test/**/*.test.ts`),
  nodeResolve: { exportConditions: [SOURCE_CONDITION] },
  // One page at a time: a page in the background gets no animation frames, which fixtures wait for.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  // a11ySnapshot: tests read the accessibility tree, as a screen reader gets it.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.base.json' }), a11ySnapshotPlugin()],
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChrome(), args: chromeArgs } })],
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
