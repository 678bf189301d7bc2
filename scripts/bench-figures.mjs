// What the server benchmarks share: the median of repeated runs, one printed line per figure,
// and seeded random data, so every run measures the same records.

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Prints one figure: its label, the median of `values`, and the goal when there is one. */
export const line = (label, values, goal, unit = 'ms') =>
  console.log(`${label.padEnd(78)} median ${median(values).toFixed(unit === 'µs' ? 1 : 2).padStart(8)} ${unit}   (${goal ? `goal ≤ ${goal} ${unit}, ` : ''}${values.length} runs)`);

/** mulberry32: the same data on every run. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
