// `npm run build:frameworks`: builds the host apps in test/frameworks with each framework's usual
// tooling (Vite for React and Vue, the Angular CLI for Angular), against the built packages.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules', '.bin', name);
const apps = join(root, 'test', 'frameworks');
const run = (label, cmd, args, cwd = root) => {
  const started = Date.now();
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NG_CLI_ANALYTICS: 'false' } });
  console.log(`${label}: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
};

run('react', bin('vite'), ['build', '--config', join(apps, 'react', 'vite.config.mjs')]);
run('vue', bin('vite'), ['build', '--config', join(apps, 'vue', 'vite.config.mjs')]);
run('angular', bin('ng'), ['build'], join(apps, 'angular'));
