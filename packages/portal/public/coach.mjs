// The team coach's page: release the team mirror, list earlier releases, and show the latest
// released aggregate in the mirror, opened at the coach's team. This page only ever receives
// aggregates: figures per group, never a self-scan of one person.

const mirror = /** @type {any} */ (document.querySelector('goesting-selfscan-team'));
const releaseButton = /** @type {HTMLButtonElement} */ (document.getElementById('release'));
const releaseStatus = /** @type {HTMLElement} */ (document.getElementById('release-status'));
const team = /** @type {HTMLSelectElement} */ (document.getElementById('coach-team'));
const list = /** @type {HTMLUListElement} */ (document.getElementById('releases'));
const noReleases = /** @type {HTMLElement} */ (document.getElementById('no-releases'));

const longDay = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeZone: 'UTC' });
const post = (/** @type {string} */ url) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });

/** The latest released aggregate into the mirror; before the first release the mirror says there is none. */
async function showLatest() {
  await customElements.whenDefined('goesting-selfscan-team');
  const response = await fetch('/api/team-releases/latest');
  if (response.status === 404) return;
  if (!response.ok) throw new Error(String(response.status));
  mirror.aggregate = await response.json();
}

/** The list of earlier releases: key and day. */
async function showReleases() {
  const response = await fetch('/api/team-releases');
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

// The mirror opens at the coach's team. Without logins the coach picks it here; a real portal
// takes it from the signed-in account.
team.addEventListener('change', () => {
  if (team.value) mirror.setAttribute('group', team.value);
  else mirror.removeAttribute('group');
});

releaseButton.addEventListener('click', async () => {
  releaseButton.disabled = true;
  releaseStatus.textContent = 'De teamspiegel wordt gemaakt …';
  try {
    const response = await post('/api/team-releases');
    if (!response.ok) throw new Error(String(response.status));
    /** @type {{ release: string, waves: { groups: { status: string }[] }[] }} */
    const aggregate = await response.json();
    await Promise.all([showLatest(), showReleases()]);
    const held = aggregate.waves.some((w) => w.groups.some((g) => g.status === 'held'));
    releaseStatus.textContent =
      `Teamspiegel ${aggregate.release} is vrijgegeven.` + (held ? ' Sommige groepen tonen nu geen cijfers. In de teamspiegel lees je waarom.' : '');
  } catch {
    releaseStatus.textContent = 'De teamspiegel kon niet vrijgegeven worden. Probeer het opnieuw.';
  } finally {
    releaseButton.disabled = false;
  }
});

// A focus plan the team writes in the mirror comes with its `goesting-change` events: the page
// stores the latest one per group, a moment after the last edit.
/** @type {ReturnType<typeof setTimeout> | undefined} */
let planTimer;
mirror.addEventListener('goesting-change', (/** @type {CustomEvent} */ event) => {
  const plan = event.detail?.value;
  if (!plan || typeof plan !== 'object' || plan.report !== 'selfscan-team' || !Array.isArray(plan.points)) return;
  clearTimeout(planTimer);
  planTimer = setTimeout(async () => {
    const group = encodeURIComponent(plan.group ?? '@organisation');
    const response = await fetch(`/api/focus-plans/selfscan-team/${group}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(plan) }).catch(() => undefined);
    if (!response?.ok) releaseStatus.textContent = 'Het focusplan kon niet bewaard worden. Probeer het opnieuw.';
  }, 500);
});

// Before the first release there is nothing to load: the mirror says so itself.
if (list.children.length) showLatest().catch(() => {
  releaseStatus.textContent = 'De laatste teamspiegel kon niet geladen worden. Laad de pagina opnieuw.';
});
