/* Texts of <goesting-network-circle>. */
import core from '@goesting/core/locales/nl-NL.js';
import nlBE, { type NetworkCircleMessages } from './nl-BE.js';

const nlNL: NetworkCircleMessages = {
  ...nlBE,
  ...core,
  'sector.professionals': 'Hulpverleners en instanties',
  'mayContact.yes': 'mag benaderd worden',
  'mayContact.no': 'niet benaderen',
  fieldMayContact: 'Mag de hulpverlener contact opnemen met deze persoon?',
  save: 'Opslaan',
  finished: 'Je netwerkcirkel is klaar. Je kunt hem nog aanpassen, afdrukken of downloaden.',
  drawingHelp: 'Kies een persoon met de pijltoetsen links en rechts. Spatie pakt de persoon op om te verplaatsen, Enter opent de gegevens, Delete verwijdert.',
  grabbed: (p) =>
    `${p.name} opgepakt. Pijltoetsen omhoog en omlaag: dichterbij of verder weg. Links en rechts: ander levensdomein. Enter of spatie zet neer, Escape annuleert.`,
  moveCancelled: (p) => `${p.name} blijft op dezelfde plek.`,
  columnContact: 'Benaderen',
  informalProfessional: (p) => `${p.informal} uit je eigen netwerk, ${p.professional} hulpverleners of instanties.`,
  helpers: (p) =>
    p.count ? `${p.count} ${p.count === 1 ? 'persoon kan' : 'personen kunnen'} helpen met je plan: ${p.names}.` : 'Nog niemand aangegeven die kan helpen met je plan.',
  // The core texts above speak of answers; a circle keeps its own wording.
  'error.invalid-value': 'De bewaarde netwerkcirkel is ongeldig.',
  'error.invalid-config': 'Een instelling van de netwerkcirkel is ongeldig.',
  errorKeep: 'De cirkel blijft zoals hij was.',
};

export default nlNL;
