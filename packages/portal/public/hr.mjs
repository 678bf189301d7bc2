// HR's page: release a report, list earlier releases, close the open wave, and show the latest
// released aggregate in the report. This page only ever receives aggregates: figures per group.

const report = /** @type {any} */ (document.querySelector('goesting-workability-report'));
const releaseButton = /** @type {HTMLButtonElement} */ (document.getElementById('release'));
const releaseStatus = /** @type {HTMLElement} */ (document.getElementById('release-status'));
const closeButton = /** @type {HTMLButtonElement | null} */ (document.getElementById('close-wave'));
const waveNow = /** @type {HTMLElement} */ (document.getElementById('wave-now'));
const waveStatus = /** @type {HTMLElement} */ (document.getElementById('wave-status'));
const list = /** @type {HTMLUListElement} */ (document.getElementById('releases'));
const noReleases = /** @type {HTMLElement} */ (document.getElementById('no-releases'));

const longDay = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeZone: 'UTC' });
const post = (/** @type {string} */ url) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });

/** The latest released aggregate into the report; before the first release the report says there is none. */
async function showLatest() {
  await customElements.whenDefined('goesting-workability-report');
  const response = await fetch('/api/releases/latest');
  if (response.status === 404) return;
  if (!response.ok) throw new Error(String(response.status));
  report.aggregate = await response.json();
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

// A focus plan HR and the teams write in the report comes with its `goesting-change` events: the
// page stores the latest one per group, a moment after the last edit.
/** @type {ReturnType<typeof setTimeout> | undefined} */
let planTimer;
report.addEventListener('goesting-change', (/** @type {CustomEvent} */ event) => {
  const plan = event.detail?.value;
  if (!plan || typeof plan !== 'object' || plan.report !== 'workability-report' || !Array.isArray(plan.points)) return;
  clearTimeout(planTimer);
  planTimer = setTimeout(async () => {
    const group = encodeURIComponent(plan.group ?? '@organisation');
    const response = await fetch(`/api/focus-plans/workability-report/${group}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(plan) }).catch(() => undefined);
    if (!response?.ok) releaseStatus.textContent = 'Het focusplan kon niet bewaard worden. Probeer het opnieuw.';
  }, 500);
});

// Before the first release there is nothing to load: the report says so itself.
if (list.children.length) showLatest().catch(() => {
  releaseStatus.textContent = 'Het laatste rapport kon niet geladen worden. Laad de pagina opnieuw.';
});
