import type { HopePack } from './pack.js';

export const HOPE_VARIANTS = ['adult', 'youth'] as const;
export type HopeVariant = (typeof HOPE_VARIANTS)[number];

/**
 * Our own goal-hope packs: three willpower and three ways statements. The adult pack follows the
 * state structure (8-point false–true scale, ways on odd and willpower on even positions); the
 * youth pack the children's structure (6-point frequency scale, willpower odd, ways even). Item
 * texts are keys into the locale catalogues (`item.<variant>.<id>`); no norms.
 */
export function defaultPack(variant: HopeVariant): HopePack {
  const order = variant === 'adult' ? ['ways-1', 'will-1', 'ways-2', 'will-2', 'ways-3', 'will-3'] : ['will-1', 'ways-1', 'will-2', 'ways-2', 'will-3', 'ways-3'];
  return {
    id: `goesting-hope-${variant}`,
    version: 1,
    scale: variant === 'adult' ? { min: 1, max: 8 } : { min: 1, max: 6 },
    items: order.map((id) => ({ id, text: `item.${variant}.${id}` })),
    subscales: [
      { id: 'will', items: ['will-1', 'will-2', 'will-3'] },
      { id: 'ways', items: ['ways-1', 'ways-2', 'ways-3'] },
    ],
  };
}

export const isDefaultPack = (pack: Pick<HopePack, 'id'>) => HOPE_VARIANTS.some((v) => pack.id === `goesting-hope-${v}`);

export const packKey = (pack: Pick<HopePack, 'id' | 'version'>) => `${pack.id}@${pack.version}`;
