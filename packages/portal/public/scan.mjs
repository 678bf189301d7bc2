// The professional's page: once a team is chosen, the self-scan appears; its `goesting-complete`
// detail goes to the portal with the chosen team beside it. The portal scores the scan again and
// keeps only what the team mirror needs, without anything about the person. (A real portal knows
// the team from the signed-in account and sends only the detail.) When the portal refuses or
// cannot be reached, the page says why in words, and the answers stay in the scan so they can be
// sent again.

const select = /** @type {HTMLSelectElement | null} */ (document.getElementById('team'));
const area = /** @type {HTMLElement} */ (document.getElementById('scan-area'));
const chooseFirst = /** @type {HTMLElement} */ (document.getElementById('choose-first'));
const status = /** @type {HTMLElement} */ (document.getElementById('status'));
const problem = /** @type {HTMLElement} */ (document.getElementById('problem'));
const retry = /** @type {HTMLButtonElement} */ (document.getElementById('retry'));
const scan = document.querySelector('goesting-selfscan');

/** Plain words for the reasons the portal gives, by issue code. */
const REASONS = {
  unknown_team: 'Dit team kennen we niet. Kies je team opnieuw en klik dan op “Opnieuw versturen”.',
  missing_team: 'Kies eerst je team en klik dan op “Opnieuw versturen”.',
  missing_wave: 'Er loopt nu geen meting. Je zelfscan is niet bewaard.',
  unknown_wave: 'Deze meting is intussen afgesloten. Je zelfscan is niet bewaard.',
  closed_wave: 'Deze meting is intussen afgesloten. Je zelfscan is niet bewaard.',
  not_completed: 'De zelfscan is nog niet af. Beantwoord de zinnen en klik dan op “Bekijk mijn resultaat”.',
  nothing_scored: 'Je beantwoordde te weinig zinnen. Beantwoord meer zinnen en klik dan op “Bekijk mijn resultaat”.',
  unknown_instrument: 'Deze zelfscan gebruikt een vragenlijst die het portaal niet kent.',
};
const FALLBACK = 'Je zelfscan is niet bewaard. Er ging iets mis bij het versturen. Je antwoorden staan er nog: probeer het zo meteen opnieuw.';

/** @type {any} */
let lastDetail;
let stored = false;
let sending = false;

if (select && scan) {
  select.addEventListener('change', () => {
    area.hidden = !select.value;
    chooseFirst.hidden = !!select.value;
  });

  scan.addEventListener('goesting-complete', (event) => {
    if (stored) {
      say('Je zelfscan is al bewaard. We sturen hem geen tweede keer.');
      return;
    }
    lastDetail = /** @type {CustomEvent} */ (event).detail;
    void send();
  });

  retry.addEventListener('click', () => void send());
}

/** @param {string} text */
function say(text) {
  problem.textContent = '';
  status.textContent = text;
}

/** @param {string} text */
function complain(text) {
  status.textContent = '';
  problem.textContent = text;
  retry.hidden = false;
}

/** Sends the latest detail with the team chosen now; the portal checks the team against its own list. */
async function send() {
  if (!lastDetail || sending || !select) return;
  sending = true;
  retry.disabled = true;
  say('Je zelfscan wordt bewaard …');
  try {
    const response = await fetch('/api/selfscans', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ team: select.value, detail: lastDetail }),
    });
    const answer = await response.json().catch(() => ({}));
    if (response.status === 201 && answer.stored) {
      stored = true;
      retry.hidden = true;
      select.disabled = true;
      say('Bedankt. Je zelfscan is anoniem bewaard voor de teamspiegel. Niemand kan zien wat jij hebt geantwoord.');
      return;
    }
    const codes = Array.isArray(answer.issues) ? answer.issues.map((/** @type {{ code: string }} */ i) => i.code) : [];
    const reasons = [...new Set(codes.map((/** @type {string} */ code) => REASONS[/** @type {keyof REASONS} */ (code)]).filter(Boolean))];
    complain(reasons.length ? `Je zelfscan is niet bewaard. ${reasons.join(' ')}` : FALLBACK);
  } catch {
    complain('Je zelfscan is niet bewaard: de verbinding met de server lukte niet. Je antwoorden staan er nog. Probeer het zo meteen opnieuw.');
  } finally {
    sending = false;
    retry.disabled = false;
  }
}
