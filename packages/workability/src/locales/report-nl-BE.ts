/* Texts of <goesting-workability-report>. */
import shared from './shared-nl-BE.js';

/** Flemish Dutch, the default: always bundled, complete, and the type every other locale follows. */
const reportNlBE = {
  ...shared,
  title: 'Werkbaar werk in de organisatie',
  intro: (p: { min: number }) => `Deze cijfers komen uit anonieme antwoorden. Een groep met minder dan ${p.min} antwoorden toont geen cijfers.`,
  organisation: 'Hele organisatie',
  wave: 'Meting',
  noWave: 'zonder meting',
  noResponses: 'Er zijn nog geen antwoorden.',
  summaryTitle: 'Samenvatting',
  summaryWerkbaar: (p: { pct: number; n: number }) => `${p.pct} % heeft werkbaar werk (${p.n} antwoorden).`,
  summaryHidden: 'De hele organisatie heeft te weinig antwoorden om cijfers te tonen.',
  respondents: 'Antwoorden',
  werkbaarPct: '% werkbaar',
  problemPct: (p: { name: string }) => `% probleem: ${p.name}`,
  meanOf: (p: { name: string }) => `Gemiddelde ${p.name}`,
  teamsTitle: 'Per team',
  teamsCaption: 'Werkbaar werk en thema’s in de rode zone, per team',
  groupHeader: 'Groep',
  heatmapTitle: 'Heatmap: gemiddelde per thema en per team',
  heatmapCaption: 'Gemiddelde score van 1 tot 4 per thema, met de zone in woorden',
  'status.limited': 'Beperkt inzicht: te weinig antwoorden om cijfers te tonen. Praat in het team zelf over werkbaar werk.',
  'status.too-few': 'Te weinig antwoorden',
  'status.protected': 'Verborgen om een kleinere groep te beschermen',
  'status.empty': 'Geen antwoorden',
  hiddenTitle: 'Waarom sommige groepen geen cijfers tonen',
  hiddenRule: (p: { min: number }) =>
    `Een groep toont pas cijfers vanaf ${p.min} antwoorden. Bij 3 of 4 antwoorden zie je alleen “beperkt inzicht”, bij 1 of 2 alleen “te weinig antwoorden”.`,
  protectedWhy: (p: { group: string; within: string; small: string }) =>
    `${p.group} toont geen cijfers. Anders kan iedereen de cijfers van ${p.small} uitrekenen: de cijfers van ${p.within} min die van de andere getoonde groepen.`,
  protectedWhyDirect: (p: { group: string; within: string }) =>
    `${p.group} toont geen cijfers. Anders kan iedereen de cijfers uitrekenen van de enkele antwoorden in ${p.within} die bij geen team horen.`,
  trendTitle: 'Evolutie over de metingen',
  trendCaption: 'Werkbaar werk per meting en per groep',
  trendLabel: (p: { summary: string }) => `Lijngrafiek van werkbaar werk in de hele organisatie per meting. ${p.summary}`,
  rejected: (p: { count: number }) => (p.count === 1 ? '1 antwoord is niet meegeteld omdat het niet geldig is.' : `${p.count} antwoorden zijn niet meegeteld omdat ze niet geldig zijn.`),
  'reject.invalid_type': 'verkeerd type gegevens',
  'reject.unknown_construct': 'onbekend thema',
  'reject.missing_construct': 'thema zonder score',
  'reject.out_of_range': 'score buiten 1 tot 4',
  'reject.invalid_key': 'ongeldige sleutel voor team of meting',
  'issue.min_group_raised': (p: { given?: string; used?: number }) => `de minimale groepsgrootte ${p.given ?? '?'} is te klein; het rapport gebruikt ${p.used ?? 5}`,
  'issue.unknown_parent': (p: { team?: string; parent?: string }) => `team "${p.team ?? '?'}" hangt onder het onbekende "${p.parent ?? '?'}"; het staat nu direct onder de organisatie`,
  'issue.duplicate_team': (p: { team?: string }) => `team "${p.team ?? '?'}" staat er meer dan één keer in`,
  'issue.team_cycle': (p: { team?: string }) => `team "${p.team ?? '?'}" hangt in een kring onder zichzelf`,
  'issue.rejected_responses': (p: { count?: number }) => `${p.count ?? '?'} antwoorden zijn niet geldig en niet meegeteld`,
  referenceTitle: 'Ter vergelijking: cijfers uit Vlaanderen',
  referenceNote: 'Andere vragenlijst, niet rechtstreeks vergelijkbaar.',
  'reference.flanders': 'Vlaamse werknemers met werkbaar werk',
  'reference.sector': 'Zorg en welzijn: werkbaarheidsgraad',
  'reference.sectorWorkload': 'Zorg en welzijn: problematische werkdruk, tegenover het Vlaamse gemiddelde',
  'reference.burnout': 'Werknemers met acute psychische vermoeidheid (signaal van burn-out)',
  source: 'Bron',
  figureHeader: 'Cijfer',
  valueHeader: 'Waarde',
  fileName: 'werkbaar-werk-rapport',
};

export type WorkabilityReportMessages = typeof reportNlBE;
export default reportNlBE;
