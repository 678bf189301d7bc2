// HR's page: release a report, list earlier releases, close the open wave, and show the latest
// released aggregate in the report, with the focus plan stored for the report's group. This page
// only ever receives aggregates: figures per group.
import { keepFocusPlan } from './focus-plans.mjs';

const report = /** @type {any} */ (document.querySelector('goesting-workability-report'));
const releaseButton = /** @type {HTMLButtonElement} */ (document.getElementById('release'));
const releaseStatus = /** @type {HTMLElement} */ (document.getElementById('release-status'));
const closeButton = /** @type {HTMLButtonElement | null} */ (document.getElementById('close-wave'));
const waveNow = /** @type {HTMLElement} */ (document.getElementById('wave-now'));
const waveStatus = /** @type {HTMLElement} */ (document.getElementById('wave-status'));
const list = /** @type {HTMLUListElement} */ (document.getElementById('releases'));
const noReleases = /** @type {HTMLElement} */ (document.getElementById('no-releases'));
const planStatus = /** @type {HTMLElement} */ (document.getElementById('focus-plan-status'));

const longDay = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeZone: 'UTC' });
const post = (/** @type {string} */ url) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });

// The focus plan HR and the teams write in the report: stored a moment after every edit, and
// loaded with the first report the page shows, so the next wave's report shows it beside the change.
const plan = keepFocusPlan(report, { report: 'workability-report', status: planStatus });
let planLoaded = false;

/** The latest released aggregate into the report; before the first release the report says there is none. */
async function showLatest() {
  await customElements.whenDefined('goesting-workability-report');
  // The first report shown brings the stored plan along; later ones keep the plan being written.
  const loading = planLoaded ? undefined : plan.prepare();
  planLoaded = true;
  const response = await fetch('/api/releases/latest');
  if (response.status === 404) return;
  if (!response.ok) throw new Error(String(response.status));
  const aggregate = await response.json();
  const handOver = await loading;
  report.aggregate = aggregate;
  handOver?.();
}

/** The list of earlier releases: key and day. */
async function showReleases() {
  const response = await fetch('/api/releases');
  if (!response.ok) return;
  /** @type {{ release: string, day: string }[]} */
  const releases = await response.json();
  list.replaceChildren(
    ...releases.map(({ release, day }) => {
      const item = document.createElement('li');
      const key = document.createElement('b');
      key.textContent = release;
      item.append(key, ` · ${longDay.format(new Date(`${day}T00:00:00Z`))}`);
      return item;
    }),
  );
  noReleases.hidden = releases.length > 0;
}

releaseButton.addEventListener('click', async () => {
  releaseButton.disabled = true;
  releaseStatus.textContent = 'Het rapport wordt gemaakt …';
  try {
    const response = await post('/api/releases');
    if (!response.ok) throw new Error(String(response.status));
    /** @type {{ release: string, waves: { groups: { status: string }[] }[] }} */
    const aggregate = await response.json();
    await Promise.all([showLatest(), showReleases()]);
    const held = aggregate.waves.some((w) => w.groups.some((g) => g.status === 'held'));
    releaseStatus.textContent =
      `Rapport ${aggregate.release} is vrijgegeven.` + (held ? ' Sommige groepen tonen nu geen cijfers. In het rapport lees je waarom.' : '');
  } catch {
    releaseStatus.textContent = 'Het rapport kon niet vrijgegeven worden. Probeer het opnieuw.';
  } finally {
    releaseButton.disabled = false;
  }
});

closeButton?.addEventListener('click', async () => {
  const label = closeButton.dataset.label ?? '';
  closeButton.disabled = true;
  try {
    const response = await post(`/api/waves/${encodeURIComponent(closeButton.dataset.wave ?? '')}/close`);
    if (!response.ok) throw new Error(String(response.status));
    closeButton.remove();
    waveNow.textContent = 'Er loopt nu geen meting.';
    waveStatus.textContent = `De meting ${label} is afgesloten. Niemand kan er nog voor antwoorden.`;
  } catch {
    closeButton.disabled = false;
    waveStatus.textContent = `De meting ${label} kon niet afgesloten worden. Probeer het opnieuw.`;
  }
});

// Before the first release there is nothing to load: the report says so itself.
if (list.children.length) showLatest().catch(() => {
  releaseStatus.textContent = 'Het laatste rapport kon niet geladen worden. Laad de pagina opnieuw.';
});
