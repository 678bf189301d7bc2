/**
 * What every framework app hands its widgets: rich data as objects, the way a portal that stored
 * earlier results would. The apps are built from the published packages, as a host would use them.
 */
import { defaultInstrument, emptySelfscanValue, type SelfscanValue } from '@goesting/selfscan/model';

const quick = defaultInstrument('quick');

/** Every statement answered, not finished yet: the user goes through the steps and presses finish. */
export const draftScan: SelfscanValue = {
  ...emptySelfscanValue(quick),
  answers: Object.fromEntries(quick.items.map((item, i) => [item.id, ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5])),
};

/** A scan finished earlier, shown as the comparison in the result. */
export const earlierScan: SelfscanValue = {
  ...emptySelfscanValue(quick),
  answers: Object.fromEntries(quick.items.map((item) => [item.id, 3 as const])),
  completed: true,
  date: '2026-01-15',
};

/** The portal's own heading for the scan. */
export const selfscanStrings = { title: 'Zelfscan van ons team' };

/** The HR portal's own heading and thresholds for the workability check. */
export const checkStrings = { title: 'Werkbaar werk in ons team' };
export const checkThresholds = { orange: 2.4, red: 3.1 };
