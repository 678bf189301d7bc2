// Browser tests: every packages/*/test/**/*.test.ts in Chromium, TypeScript through esbuild.
// `@goesting/<pkg>` imports resolve to the package sources, so tests need no prior build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeArgs, findChrome } from './scripts/chrome.mjs';

const workspaceSources = {
  name: 'goesting-workspace-sources',
  resolveImport({ source }) {
    const match = /^@goesting\/([^/]+)(?:\/(.+?))?(?:\.js)?$/.exec(source);
    if (!match) return undefined;
    const [, pkg, sub] = match;
    const file = sub ? (sub === 'model' ? 'model/index.ts' : `${sub}.ts`) : 'index.ts';
    return `/packages/${pkg}/src/${file}`;
  },
};

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
  files: ['packages/*/test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a page in the background gets no animation frames, which fixtures wait for.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  plugins: [workspaceSources, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.base.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChrome(), args: chromeArgs } })],
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
