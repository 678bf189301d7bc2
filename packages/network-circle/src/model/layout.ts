import type { NetworkConfig, Person } from './schema.js';

/** Geometry of the drawing, in SVG user units; the view box is SIZE × SIZE around the centre. */
export const SIZE = 1000;
export const CENTRE = SIZE / 2;
/** Radius of the client in the middle, and of the outer edge of the last ring. */
export const CLIENT_RADIUS = 70;
export const OUTER_RADIUS = 470;

export interface Point {
  x: number;
  y: number;
}

/** Width of one ring. */
export const ringWidth = (rings: number) => (OUTER_RADIUS - CLIENT_RADIUS) / rings;

/** Inner and outer radius of ring `index` (0 = closest to the client). */
export function ringBounds(index: number, rings: number): [number, number] {
  const width = ringWidth(rings);
  return [CLIENT_RADIUS + index * width, CLIENT_RADIUS + (index + 1) * width];
}

/** Start and end angle of sector `index`, in radians, clockwise from the top. */
export function sectorBounds(index: number, sectors: number): [number, number] {
  const span = (Math.PI * 2) / sectors;
  return [index * span, (index + 1) * span];
}

/** Angle (clockwise from the top) and distance → point. */
export function polar(angle: number, distance: number): Point {
  return { x: CENTRE + Math.sin(angle) * distance, y: CENTRE - Math.cos(angle) * distance };
}

/**
 * Point → ring and sector indexes, or `undefined` for the client in the middle. Points beyond
 * the outer ring count as the outer ring, so a drop just outside the drawing still lands.
 */
export function cellAt(point: Point, rings: number, sectors: number): { ring: number; sector: number } | undefined {
  const dx = point.x - CENTRE;
  const dy = CENTRE - point.y;
  const distance = Math.hypot(dx, dy);
  if (distance < CLIENT_RADIUS) return undefined;
  const ring = Math.min(rings - 1, Math.floor((distance - CLIENT_RADIUS) / ringWidth(rings)));
  let angle = Math.atan2(dx, dy);
  if (angle < 0) angle += Math.PI * 2;
  const sector = Math.min(sectors - 1, Math.floor(angle / ((Math.PI * 2) / sectors)));
  return { ring, sector };
}

/**
 * Position of the `slot`-th of `count` people in one cell: spread evenly over the sector's angle,
 * alternating between up to three distances within the ring so neighbours do not overlap.
 */
export function slotPosition(ring: number, sector: number, slot: number, count: number, rings: number, sectors: number): Point {
  const [inner, outer] = ringBounds(ring, rings);
  const [start, end] = sectorBounds(sector, sectors);
  const lanes = count > 2 ? 3 : count;
  const perLane = Math.ceil(count / Math.max(1, lanes));
  const lane = slot % Math.max(1, lanes);
  const order = Math.floor(slot / Math.max(1, lanes));
  // Keep clear of the sector lines, where the ring labels are.
  const margin = (end - start) * 0.12;
  // Each ring is turned a little, so ties to outer people do not run through inner ones.
  const fraction = ((order + 0.5 + (lane % 2) * 0.5) / (perLane + 0.5) + ring * 0.29) % 1;
  const angle = start + margin + fraction * (end - start - 2 * margin);
  const distance = inner + ((lane + 1) / (lanes + 1)) * (outer - inner);
  return polar(angle, distance);
}

/** Where every person is drawn, by id; people whose ring or sector is unknown are left out. */
export function layoutPeople(people: readonly Person[], config: NetworkConfig): Map<string, Point> {
  const rings = config.rings.map((r) => r.id);
  const sectors = config.sectors.map((s) => s.id);
  const cells = new Map<string, Person[]>();
  for (const person of people) {
    const key = `${person.ring}|${person.sector}`;
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key)!.push(person);
  }
  const positions = new Map<string, Point>();
  for (const group of cells.values()) {
    const ring = rings.indexOf(group[0]!.ring);
    const sector = sectors.indexOf(group[0]!.sector);
    if (ring < 0 || sector < 0) continue;
    group.forEach((person, slot) => positions.set(person.id, slotPosition(ring, sector, slot, group.length, rings.length, sectors.length)));
  }
  return positions;
}
