// Widget values the host-page tests and the benchmarks hand to the widgets.

const SECTORS = ['family', 'friends', 'community', 'work', 'professionals'];
const RINGS = ['very-close', 'close', 'further'];
const NAMES = ['Mama', 'Sarah', 'buurvrouw', 'Yusuf', 'huisarts', 'Oma Lien', 'Tom'];

/** A network circle of `count` people spread over every sector, ring and quality, with support both ways. */
export const networkCircle = (count) => ({
  schemaVersion: 1,
  completed: false,
  people: Array.from({ length: count }, (_, i) => ({
    id: `p${i}`,
    label: NAMES[i % NAMES.length] + (i >= NAMES.length ? ` ${i}` : ''),
    sector: SECTORS[i % SECTORS.length],
    ring: RINGS[i % RINGS.length],
    gives: i % 2 ? ['emotional', 'company'] : ['practical'],
    receives: i % 3 ? [] : ['company'],
    quality: ['positive', 'mixed', 'stressful'][i % 3],
    canHelp: i % 4 === 0,
  })),
});
