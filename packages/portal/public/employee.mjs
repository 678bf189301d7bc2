// The employee's page: once a team is chosen, the check appears; its `goesting-complete` detail
// goes to the portal, which scores it again and stores it without anything about the person.
// When the portal refuses or cannot be reached, the page says why in words, and the answers stay
// in the check so they can be sent again.

const select = /** @type {HTMLSelectElement | null} */ (document.getElementById('team'));
const area = /** @type {HTMLElement} */ (document.getElementById('check-area'));
const chooseFirst = /** @type {HTMLElement} */ (document.getElementById('choose-first'));
const status = /** @type {HTMLElement} */ (document.getElementById('status'));
const problem = /** @type {HTMLElement} */ (document.getElementById('problem'));
const retry = /** @type {HTMLButtonElement} */ (document.getElementById('retry'));
const check = document.querySelector('goesting-workability-check');

/** Plain words for the reasons the portal gives, by issue code. */
const REASONS = {
  unknown_team: 'Dit team kennen we niet. Kies je team opnieuw en klik dan op “Opnieuw versturen”.',
  missing_team: 'Kies eerst je team en klik dan op “Opnieuw versturen”.',
  unknown_wave: 'Deze meting is intussen afgesloten. Je antwoorden zijn niet bewaard.',
  missing_wave: 'Er loopt nu geen meting. Je antwoorden zijn niet bewaard.',
  unanswered: 'Nog niet alle zinnen zijn beantwoord. Beantwoord alle zinnen en klik dan op “Toon mijn resultaat”.',
  not_completed: 'De vragenlijst is nog niet af. Beantwoord alle zinnen en klik dan op “Toon mijn resultaat”.',
};
const FALLBACK = 'Je antwoorden zijn niet bewaard. Er ging iets mis bij het versturen. Je antwoorden staan er nog: probeer het zo meteen opnieuw.';

/** @type {any} */
let lastDetail;
let stored = false;
let sending = false;

if (select && check) {
  select.addEventListener('change', () => {
    if (select.value) check.setAttribute('team', select.value);
    else check.removeAttribute('team');
    area.hidden = !select.value;
    chooseFirst.hidden = !!select.value;
  });

  check.addEventListener('goesting-complete', (event) => {
    if (stored) {
      say('Je antwoorden zijn al bewaard. We sturen ze geen tweede keer.');
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

/** Sends the latest detail, with the team chosen now (the portal checks it again anyway). */
async function send() {
  if (!lastDetail || sending || !select) return;
  sending = true;
  retry.disabled = true;
  say('Je antwoorden worden bewaard …');
  const detail = { ...lastDetail, result: { ...lastDetail.result, team: select.value } };
  try {
    const response = await fetch('/api/responses', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(detail),
    });
    const answer = await response.json().catch(() => ({}));
    if (response.status === 201 && answer.stored) {
      stored = true;
      retry.hidden = true;
      select.disabled = true;
      say('Bedankt. Je antwoorden zijn anoniem bewaard. Niemand kan zien wat jij hebt geantwoord.');
      return;
    }
    const codes = Array.isArray(answer.issues) ? answer.issues.map((/** @type {{ code: string }} */ i) => i.code) : [];
    const reasons = [...new Set(codes.map((/** @type {string} */ code) => REASONS[/** @type {keyof REASONS} */ (code)]).filter(Boolean))];
    complain(reasons.length ? `Je antwoorden zijn niet bewaard. ${reasons.join(' ')}` : FALLBACK);
  } catch {
    complain('Je antwoorden zijn niet bewaard: de verbinding met de server lukte niet. Je antwoorden staan er nog. Probeer het zo meteen opnieuw.');
  } finally {
    sending = false;
    retry.disabled = false;
  }
}
