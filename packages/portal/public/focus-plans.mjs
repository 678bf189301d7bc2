// The focus plan of a group report goes round: the report page loads the plan stored for the
// report's focus group and gives it to the report, and stores every edit the user makes in it.
// In the next wave the report shows that plan's focus points beside the change since; the team
// starts the new plan from there, and that one is stored in its place.
//
// The report says which group the plan is for (`focusGroup`, from its `focus-group` attribute);
// the page only carries plans between the report and `/api/focus-plans/<report>/<group>`, and
// asks `/api/focus-plans/<report>` first which groups have one.

const STORE_AFTER = 500;

/**
 * Keeps the focus plan of `element` in the portal.
 * @param {any} element The report element: `<goesting-workability-report>` or `<goesting-selfscan-team>`.
 * @param {{ report: 'workability-report' | 'selfscan-team', status: HTMLElement }} options
 *   `report`: the report's name in its plans and in the route; `status`: a polite live region
 *   for what went wrong, in words.
 * @returns {{ load: () => Promise<void>, prepare: () => Promise<(() => void) | undefined> }} `load()`
 *   gives the report the plan of its focus group as it is now: call it after choosing another
 *   group. `prepare()` only reads it, and gives back what hands it over: for the first release a
 *   page shows, hand it over right after setting the report's `aggregate`, so both arrive at once.
 */
export function keepFocusPlan(element, { report, status }) {
  const url = (/** @type {string} */ group) => `/api/focus-plans/${encodeURIComponent(report)}/${encodeURIComponent(group)}`;
  const put = (/** @type {string} */ group, /** @type {object} */ plan, keepalive = false) =>
    fetch(url(group), { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(plan), keepalive });

  /** Plans edited a moment ago and not yet sent, by group: each group's latest only. */
  const waiting = new Map();
  /** Plans on their way to the portal, by group. */
  const sending = new Map();
  /** Counts the user's edits and the loads: a load that an edit or a newer load overtook gives the report nothing. */
  let turn = 0;
  let failed = false;

  const say = (/** @type {string} */ text) => {
    status.textContent = text;
  };

  /**
   * The plan stored for `group`, `null` when none is (`404`), undefined when it cannot be read. The
   * list of groups with a plan comes first: a page does not ask for what is not there.
   * @param {string} group
   * @returns {Promise<object | null | undefined>}
   */
  async function read(group) {
    try {
      const listed = await fetch(`/api/focus-plans/${encodeURIComponent(report)}`);
      if (!listed.ok) return undefined;
      const groups = await listed.json();
      if (!Array.isArray(groups)) return undefined;
      if (!groups.includes(group)) return null;
      const response = await fetch(url(group));
      if (response.status === 404) return null;
      return response.ok ? await response.json() : undefined;
    } catch {
      return undefined;
    }
  }

  /** Sends the waiting plan of `group`. A plan the portal did not take waits on: for the next edit, or for leaving the page. */
  function store(/** @type {string} */ group) {
    const entry = waiting.get(group);
    if (!entry) return;
    waiting.delete(group);
    const sent = (async () => {
      const response = await put(group, entry.plan).catch(() => undefined);
      if (response?.ok) {
        if (failed) say('Het focusplan is nu bewaard.');
        failed = false;
        return;
      }
      failed = true;
      if (!waiting.has(group)) waiting.set(group, { plan: entry.plan, timer: undefined });
      say('Het focusplan is niet bewaard. Wat je schreef, staat er nog. Bij je volgende wijziging proberen we het opnieuw.');
    })();
    sending.set(group, sent);
    void sent.finally(() => {
      if (sending.get(group) === sent) sending.delete(group);
    });
  }

  element.addEventListener('goesting-change', (/** @type {CustomEvent} */ event) => {
    const plan = event.detail?.value;
    if (event.detail?.widget !== report || !plan || typeof plan !== 'object' || plan.report !== report || !Array.isArray(plan.points)) return;
    const group = typeof plan.group === 'string' ? plan.group : element.focusGroup;
    turn++;
    clearTimeout(waiting.get(group)?.timer);
    waiting.set(group, { plan, timer: setTimeout(() => store(group), STORE_AFTER) });
  });

  // Whoever leaves the page right after an edit loses nothing: what still waits goes at once.
  addEventListener('pagehide', () => {
    for (const [group, { plan, timer }] of waiting) {
      clearTimeout(timer);
      put(group, plan, true).catch(() => {});
    }
    waiting.clear();
  });

  /**
   * Reads the plan of the report's focus group as it is now, and gives back what hands it to the
   * report: `undefined` when there is nothing to hand over (it could not be read, or the user
   * edited or chose another group in the meantime).
   */
  async function prepare() {
    await customElements.whenDefined(element.localName);
    const group = element.focusGroup;
    const mine = ++turn;
    // A plan on its way is read back once it is there.
    await sending.get(group);
    // An edit of this group that was not sent yet is newer than what the portal has.
    const pending = waiting.get(group);
    /** The stored plan; `null` when there is none yet (the report starts a new one); undefined when it could not be read. */
    const plan = pending ? pending.plan : await read(group);
    if (plan === undefined) {
      say('Het focusplan kon niet geladen worden. Laad de pagina opnieuw voor je het aanpast.');
      return undefined;
    }
    return () => {
      if (mine !== turn || element.focusGroup !== group) return;
      element.focusPlan = plan ?? undefined;
    };
  }

  return {
    prepare,
    async load() {
      (await prepare())?.();
    },
  };
}
