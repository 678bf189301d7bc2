// Finds the Chrome or Chromium the tests drive: CHROME_PATH, else a system install.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:/Program Files/Google/Chrome/Application/chrome.exe',
];

export function findChrome() {
  const path = [process.env.CHROME_PATH, ...CANDIDATES].find((p) => p && existsSync(p));
  if (!path) throw new Error('No Chrome or Chromium found. Install one (Debian: apt-get install chromium) or set CHROME_PATH.');
  return path;
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Flags for a quiet headless Chromium; `--no-sandbox` only when running as root, where the sandbox cannot start. */
export const chromeArgs = [
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  ...(asRoot ? ['--no-sandbox'] : []),
];
