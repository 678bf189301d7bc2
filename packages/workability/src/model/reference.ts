/**
 * Published Flemish figures that a report may show as context. They come from another
 * questionnaire (the werkbaarheidsmonitor), so they are never compared with our scores directly.
 */
export interface ReferenceFigure {
  /** Message key of the figure's description. */
  key: 'flanders' | 'sector' | 'sectorWorkload' | 'burnout';
  value: string;
  source: string;
}

export const REFERENCE_FIGURES: readonly ReferenceFigure[] = [
  { key: 'flanders', value: '49.6 % (2019) · 51.8 % (2023)', source: 'SERV / Stichting Innovatie & Arbeid, werkbaarheidsmeting 2023' },
  { key: 'sector', value: '56.1 % (2004) · 60 % (2010) · 54.4 % (2016)', source: 'Statistiek Vlaanderen, werkbaar werk in de zorg- en welzijnssector' },
  { key: 'sectorWorkload', value: '38.2 % / 33.2 % (2019)', source: 'Verso, sectorcijfers' },
  { key: 'burnout', value: '9.6 % (2013) · 12 % (2016) · 13.6 % (2019)', source: 'SERV, publicatie over burn-out' },
];
