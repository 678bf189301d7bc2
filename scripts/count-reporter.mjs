// node:test reporter that writes the run's own pass/fail counts as JSON (for the CI summary).
export default async function* countReporter(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for await (const event of source) {
    if (event.data?.details?.type === 'suite') continue;
    if (event.type === 'test:pass') event.data.skip || event.data.todo ? skipped++ : passed++;
    if (event.type === 'test:fail') failed++;
  }
  yield JSON.stringify({ passed, failed, skipped }) + '\n';
}
