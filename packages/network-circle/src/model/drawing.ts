import { CENTRE, CLIENT_RADIUS, OUTER_RADIUS, SIZE, polar, ringBounds, sectorBounds, type Point } from './layout.js';

/**
 * Where the texts of the drawing go: sector and ring names, and a label beside every person that
 * keeps clear of the other labels, of the people and of the names. Plain geometry, without a DOM:
 * text widths are estimated generously, so that the labels also stay apart in wide fonts.
 */

/** Radius of a person's circle, in SVG user units. */
export const PERSON_RADIUS = 18;
/** Font sizes and line heights of the drawing's texts; the styles use the same numbers. */
export const PERSON_FONT = 20;
export const PERSON_LINE = 22;
export const RING_FONT = 18;
export const SECTOR_FONT = 22;
export const SECTOR_LINE = 24;
/** A person's label is wrapped at spaces into lines of about this many characters. */
export const PERSON_LABEL_CHARACTERS = 16;
/** A sector's name is wrapped into lines of about this many characters. */
export const SECTOR_LABEL_CHARACTERS = 18;

/** The part of the plane the drawing shows: the circle with room around it for names and labels. */
export const VIEW_BOX = { x: -190, y: -70, width: SIZE + 380, height: SIZE + 140 } as const;

/** An axis-aligned rectangle in SVG user units. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type TextAnchor = 'start' | 'middle' | 'end';

/** A text in the drawing: its first baseline starts at `x`, `y` (aligned by `anchor`), lines below one another. */
export interface PlacedText {
  x: number;
  y: number;
  anchor: TextAnchor;
  lines: string[];
  /** The space the text takes, estimated. */
  box: Box;
}

/** Splits `label` at spaces into lines of at most `max` characters; a longer word keeps a line of its own. */
export function wrapLabel(label: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [label];
}

/** Initials of a label: the first letter of each word, at most three. */
export const initialsOf = (label: string): string =>
  label
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .slice(0, 3)
    .map((word) => `${[...word][0]!.toUpperCase()}.`)
    .join('') || label.slice(0, 1);

// Widths in em of the widest common sans-serif fonts (DejaVu Sans, Verdana): labels that fit in
// these fit in narrower fonts too.
const NARROW = new Set("ijlI.,:;'!|");
const SLIM = new Set('frt()[]-/"');
const WIDE = new Set('mwMW@%');

/** Estimated width of `text` in a font of `size`: on the generous side. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const character of text) {
    if (character === ' ') em += 0.35;
    else if (NARROW.has(character)) em += 0.3;
    else if (SLIM.has(character)) em += 0.45;
    else if (WIDE.has(character)) em += 1.05;
    else if (character !== character.toLowerCase()) em += 0.8;
    else em += 0.66;
  }
  return em * size;
}

// Where a line's glyphs reach above and below its baseline, in em.
const ASCENT = 0.95;
const DESCENT = 0.27;

/** The box of `lines` of text whose first baseline starts at `x`, `y`. */
export function textBox(x: number, y: number, anchor: TextAnchor, lines: readonly string[], size: number, lineHeight: number): Box {
  const width = Math.max(...lines.map((line) => textWidth(line, size)));
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { left, top: y - ASCENT * size, right: left + width, bottom: y + (lines.length - 1) * lineHeight + DESCENT * size };
}

/** The area two boxes share. */
export function overlap(a: Box, b: Box): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

/** The box around a circle. */
const circleBox = (at: Point, radius: number): Box => ({ left: at.x - radius, top: at.y - radius, right: at.x + radius, bottom: at.y + radius });

/** SVG path of the cell of ring `ring` and sector `sector`: the target shown while moving a person. */
export function cellPath(ring: number, sector: number, rings: number, sectors: number): string {
  const [inner, outer] = ringBounds(ring, rings);
  const [start, end] = sectorBounds(sector, sectors);
  const a = polar(start, inner);
  const b = polar(start, outer);
  const c = polar(end, outer);
  const d = polar(end, inner);
  const large = end - start > Math.PI ? 1 : 0;
  const f = (n: number) => n.toFixed(1);
  return `M${f(a.x)} ${f(a.y)}L${f(b.x)} ${f(b.y)}A${outer} ${outer} 0 ${large} 1 ${f(c.x)} ${f(c.y)}L${f(d.x)} ${f(d.y)}A${inner} ${inner} 0 ${large} 0 ${f(a.x)} ${f(a.y)}Z`;
}

/** The name of sector `index`, outside the circle in the middle of the sector, wrapped. */
export function sectorLabel(index: number, sectors: number, name: string): PlacedText {
  const [start, end] = sectorBounds(index, sectors);
  const p = polar((start + end) / 2, OUTER_RADIUS + 24);
  const anchor: TextAnchor = p.x > CENTRE + 40 ? 'start' : p.x < CENTRE - 40 ? 'end' : 'middle';
  const lines = wrapLabel(name, SECTOR_LABEL_CHARACTERS);
  const spread = (lines.length - 1) * SECTOR_LINE;
  const y = p.y < CENTRE - 40 ? p.y - spread : p.y > CENTRE + 40 ? p.y + 16 : p.y - spread / 2 + 8;
  return { x: p.x, y, anchor, lines, box: textBox(p.x, y, anchor, lines, SECTOR_FONT, SECTOR_LINE) };
}

/**
 * The name of every ring, inside the ring near its outer edge: at the top of the circle, or at the
 * bottom when fewer people sit there. Ring `i` of `names` is ring `i` from the client outwards.
 */
export function ringLabels(names: readonly string[], people: readonly Point[]): PlacedText[] {
  const nodes = people.map((at) => circleBox(at, PERSON_RADIUS + 2));
  return names.map((name, index) => {
    const [, outer] = ringBounds(index, names.length);
    const place = (y: number): PlacedText => ({ x: CENTRE, y, anchor: 'middle', lines: [name], box: textBox(CENTRE, y, 'middle', [name], RING_FONT, RING_FONT) });
    const top = place(CENTRE - outer + 22);
    const bottom = place(CENTRE + outer - 10);
    const covered = (label: PlacedText) => nodes.filter((node) => overlap(node, label.box) > 0).length;
    return covered(bottom) < covered(top) ? bottom : top;
  });
}

/** A person to label: where the circle is and the text to show. */
export interface LabelledPerson {
  id: string;
  at: Point;
  name: string;
}

const GAP = 4;
const DIAGONAL = PERSON_RADIUS * 0.72;
const LINE_TOP = ASCENT * PERSON_FONT;
const LINE_BOTTOM = DESCENT * PERSON_FONT;

/**
 * The places a person's label of `lines` may go, each with the direction it lies in from the
 * person: below, above, beside and on the diagonals.
 */
function labelCandidates(at: Point, lines: string[]): { direction: Point; label: PlacedText }[] {
  const width = Math.max(...lines.map((line, i) => textWidth(i < lines.length - 1 ? `${line} ` : line, PERSON_FONT)));
  const spread = (lines.length - 1) * PERSON_LINE;
  const below = at.y + PERSON_RADIUS + GAP + LINE_TOP;
  const above = at.y - PERSON_RADIUS - GAP - LINE_BOTTOM - spread;
  const beside = at.y - (spread + LINE_TOP + LINE_BOTTOM) / 2 + LINE_TOP;
  const belowDiagonal = at.y + DIAGONAL + GAP + LINE_TOP;
  const aboveDiagonal = at.y - DIAGONAL - GAP - LINE_BOTTOM - spread;
  const places: [number, number, TextAnchor, number, number][] = [
    [at.x, below, 'middle', 0, 1],
    [at.x, above, 'middle', 0, -1],
    [at.x + PERSON_RADIUS + GAP, beside, 'start', 1, 0],
    [at.x - PERSON_RADIUS - GAP, beside, 'end', -1, 0],
    [at.x + DIAGONAL, belowDiagonal, 'start', Math.SQRT1_2, Math.SQRT1_2],
    [at.x - DIAGONAL, belowDiagonal, 'end', -Math.SQRT1_2, Math.SQRT1_2],
    [at.x + DIAGONAL, aboveDiagonal, 'start', Math.SQRT1_2, -Math.SQRT1_2],
    [at.x - DIAGONAL, aboveDiagonal, 'end', -Math.SQRT1_2, -Math.SQRT1_2],
  ];
  return places.map(([x, y, anchor, dx, dy]) => {
    const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
    return { direction: { x: dx, y: dy }, label: { x, y, anchor, lines, box: { left, top: y - LINE_TOP, right: left + width, bottom: y + spread + LINE_BOTTOM } } };
  });
}

const VIEW: Box = { left: VIEW_BOX.x, top: VIEW_BOX.y, right: VIEW_BOX.x + VIEW_BOX.width, bottom: VIEW_BOX.y + VIEW_BOX.height };

/** How much of `box` lies outside the view box. */
const outsideView = (box: Box) => (box.right - box.left) * (box.bottom - box.top) - overlap(box, VIEW);

/** Boxes filed by the squares of a grid they touch, so a search looks only at its neighbours: fast with 150 people. */
class BoxGrid {
  private readonly squares = new Map<number, { box: Box; owner?: string }[]>();
  private static readonly SIZE = 80;

  private keys(box: Box): number[] {
    const size = BoxGrid.SIZE;
    const keys: number[] = [];
    // The drawing lies within a few thousand units of the origin: rows of 1000 squares are plenty.
    for (let row = Math.floor(box.top / size); row <= Math.floor(box.bottom / size); row++) {
      for (let column = Math.floor(box.left / size); column <= Math.floor(box.right / size); column++) keys.push((row + 500) * 1000 + column + 500);
    }
    return keys;
  }

  add(box: Box, owner?: string): void {
    const entry = { box, owner };
    for (const key of this.keys(box)) {
      const square = this.squares.get(key);
      if (square) square.push(entry);
      else this.squares.set(key, [entry]);
    }
  }

  /** The area of `box` that the filed boxes cover, leaving out those of `owner`; each box counts once. */
  covered(box: Box, owner: string): number {
    const seen = new Set<object>();
    let area = 0;
    for (const key of this.keys(box)) {
      for (const entry of this.squares.get(key) ?? []) {
        if (entry.owner === owner || seen.has(entry)) continue;
        seen.add(entry);
        area += overlap(box, entry.box);
      }
    }
    return area;
  }
}

/**
 * A label for every person, beside their circle: preferably on the side away from the client (so
 * it does not cross the line to the client), else the first side where it covers no other label,
 * person or name, else the side where it covers least. `fixed` are texts already placed.
 */
export function layoutPersonLabels(people: readonly LabelledPerson[], fixed: readonly PlacedText[]): Map<string, PlacedText> {
  const grid = new BoxGrid();
  grid.add(circleBox({ x: CENTRE, y: CENTRE }, CLIENT_RADIUS));
  for (const text of fixed) grid.add(text.box);
  for (const person of people) grid.add(circleBox(person.at, PERSON_RADIUS + 2), person.id);
  const labels = new Map<string, PlacedText>();
  const distance = (at: Point) => Math.hypot(at.x - CENTRE, at.y - CENTRE);
  // The people closest to the client have the least room: they choose first.
  for (const person of [...people].sort((a, b) => distance(a.at) - distance(b.at))) {
    const away = distance(person.at) || 1;
    const outward = { x: (person.at.x - CENTRE) / away, y: (person.at.y - CENTRE) / away };
    const alignment = (direction: Point) => direction.x * outward.x + direction.y * outward.y;
    const candidates = labelCandidates(person.at, wrapLabel(person.name, PERSON_LABEL_CHARACTERS)).sort((a, b) => alignment(b.direction) - alignment(a.direction));
    let best = candidates[0]!.label;
    let leastCovered = Infinity;
    for (const { label } of candidates) {
      const covered = outsideView(label.box) + grid.covered(label.box, person.id);
      if (covered < leastCovered) {
        best = label;
        leastCovered = covered;
        if (covered === 0) break;
      }
    }
    labels.set(person.id, best);
    grid.add(best.box);
  }
  return labels;
}
