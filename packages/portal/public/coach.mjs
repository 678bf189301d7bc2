// The team coach's page: release the team mirror, list earlier releases, and show the latest
// released aggregate in the mirror, opened at the coach's team, with the team's focus plan. This
// page only ever receives aggregates: figures per group, never a self-scan of one person.
import { keepFocusPlan } from './focus-plans.mjs';

const mirror = /** @type {any} */ (document.querySelector('goesting-selfscan-team'));
const releaseButton = /** @type {HTMLButtonElement} */ (document.getElementById('release'));
const releaseStatus = /** @type {HTMLElement} */ (document.getElementById('release-status'));
const team = /** @type {HTMLSelectElement} */ (document.getElementById('coach-team'));
const list = /** @type {HTMLUListElement} */ (document.getElementById('releases'));
const noReleases = /** @type {HTMLElement} */ (document.getElementById('no-releases'));
const planStatus = /** @type {HTMLElement} */ (document.getElementById('focus-plan-status'));

const longDay = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeZone: 'UTC' });
const post = (/** @type {string} */ url) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });

// The focus plan the team writes in the mirror: stored a moment after every edit, and loaded for
// the team shown, so the next wave's mirror shows it beside the change.
const plan = keepFocusPlan(mirror, { report: 'selfscan-team', status: planStatus });
/** Whether the mirror shows a release: only then is a focus plan loaded. */
let shown = false;

/** The latest released aggregate into the mirror; before the first release the mirror says there is none. */
async function showLatest() {
  await customElements.whenDefined('goesting-selfscan-team');
  // The first release shown brings the team's stored plan along; later ones keep the plan being written.
  const loading = shown ? undefined : plan.prepare();
  shown = true;
  const response = await fetch('/api/team-releases/latest');
  if (response.status === 404) return;
  if (!response.ok) throw new Error(String(response.status));
  const aggregate = await response.json();
  const handOver = await loading;
  mirror.aggregate = aggregate;
  handOver?.();
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

// The mirror opens at the coach's team, and the focus plan is that team's. Without logins the
// coach picks the team here; a real portal takes it from the signed-in account.
function openAtTeam() {
  for (const name of ['group', 'focus-group']) {
    if (team.value) mirror.setAttribute(name, team.value);
    else mirror.removeAttribute(name);
  }
}
team.addEventListener('change', () => {
  openAtTeam();
  if (shown) void plan.load();
});
// A team the browser kept chosen from before a reload.
if (team.value) openAtTeam();

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

// Before the first release there is nothing to load: the mirror says so itself.
if (list.children.length) showLatest().catch(() => {
  releaseStatus.textContent = 'De laatste teamspiegel kon niet geladen worden. Laad de pagina opnieuw.';
});
