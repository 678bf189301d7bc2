/**
 * The anonymity rules of every group report, in one place: a minimum group, limited insight for
 * groups just below it, the differencing guard inside one release, and the release ledger that
 * guards every release against all earlier ones. Plain TypeScript without a DOM: a portal's back
 * end runs it where the answers are stored.
 *
 * What a reader can derive. Each published group is a sum over a set of people (its count, and
 * every figure times its count). A reader holding every release can add and subtract those sums,
 * so the finest thing they can ever work out is a sum over a class of people that every release
 * treats alike: people who are in exactly the same published groups. The guard keeps each such
 * class empty or at least the minimum. It is conservative: it also holds back a group where the
 * subtraction would need figures that were never published together.
 */

/** No group smaller than this is ever shown with numbers; a host may raise it, never lower it. */
export const MIN_GROUP_FLOOR = 5;
/** Groups from this size up to the minimum get a qualitative "limited insight" entry, without numbers. */
export const LIMITED_INSIGHT_FROM = 3;

/** A stored record's key in the portal's database. Never anything about the person. */
export type RecordId = number | string;

/**
 * One published group of one release, as the ledger keeps it: which records it covered, no
 * answers and no figures. `scope` separates independent measurements (a wave): releases are only
 * set against earlier releases of the same scope.
 */
export interface LedgerEntry {
  release: string;
  scope: string;
  group: string;
  minGroupSize: number;
  records: RecordId[];
}

export type GroupStatus = 'shown' | 'limited' | 'too-few' | 'protected' | 'held' | 'empty';

/** A group of the report's hierarchy, listed parent before child. */
export interface GuardGroup {
  id: string;
  /** Index of the parent in the list; -1 for the root. */
  parent: number;
  /** Every record in the group, its subgroups' included. */
  records: readonly RecordId[];
}

export interface GroupDecision {
  status: GroupStatus;
  /** For `protected`: indices of the small groups this one protects (empty: records directly in the parent). */
  protects?: number[];
  /** For `protected`: index of the shown group the subtraction would start from. */
  within?: number;
  /** For `held`: the earlier releases that, set beside this group, would single out too few people. */
  heldBy?: string[];
}

export interface GuardResult {
  decisions: GroupDecision[];
  /** The minimum in force: the floor, the host's wish, and the highest minimum of earlier releases of this scope. */
  minGroupSize: number;
  /** The ledger entries of this release: one per shown group. */
  entries: LedgerEntry[];
}

/**
 * Decides which groups of one release may show figures.
 *
 * 1. A group below the minimum shows none (3 up to the minimum: limited insight; fewer: too few).
 * 2. Inside the release, a shown group minus its nearest shown descendants is a figure anyone can
 *    work out: it must be empty or at least the minimum, so the smallest descendant that breaks it
 *    is `protected`.
 * 3. Against the ledger: the classes of people that this release and every earlier one treat
 *    alike must be empty or at least the minimum. While one is not, a group that cuts it is
 *    `held` back, smallest first. Classes that earlier releases alone already made are not this
 *    release's to mend and are left as they are.
 */
export function guardRelease(
  groups: readonly GuardGroup[],
  options: { release: string; scope: string; minGroupSize: number; ledger?: readonly LedgerEntry[] },
): GuardResult {
  const earlier = (options.ledger ?? []).filter((e) => e.scope === options.scope);
  const min = earlier.reduce((m, e) => Math.max(m, e.minGroupSize), Math.max(MIN_GROUP_FLOOR, Math.ceil(options.minGroupSize)));
  const n = groups.map((g) => g.records.length);
  const children: number[][] = groups.map(() => []);
  groups.forEach((g, i) => g.parent >= 0 && children[g.parent]!.push(i));

  const decisions = protectWithin(n, children, min);
  holdAgainstLedger(groups, decisions, earlier, min);

  const entries = groups.flatMap((g, i): LedgerEntry[] =>
    decisions[i]!.status === 'shown' ? [{ release: options.release, scope: options.scope, group: g.id, minGroupSize: min, records: g.records.slice() }] : [],
  );
  return { decisions, minGroupSize: min, entries };
}

/** Steps 1 and 2: sizes, then the differencing guard inside one hierarchy. */
function protectWithin(n: readonly number[], children: readonly number[][], min: number): GroupDecision[] {
  const decisions: GroupDecision[] = n.map((size) => ({ status: size === 0 ? 'empty' : size < min ? (size >= LIMITED_INSIGHT_FROM ? 'limited' : 'too-few') : 'shown' }));
  const shown = (i: number) => decisions[i]!.status === 'shown';
  const frontier = (a: number): number[] => {
    const out: number[] = [];
    const stack = [...children[a]!];
    while (stack.length) {
      const i = stack.pop()!;
      if (shown(i)) out.push(i);
      else stack.push(...children[i]!);
    }
    return out;
  };
  const remainder = (a: number) => frontier(a).reduce((r, d) => r - n[d]!, n[a]!);
  const smallHidden = (a: number): number[] => {
    const out: number[] = [];
    const stack = [...children[a]!];
    while (stack.length) {
      const i = stack.pop()!;
      if (shown(i)) continue;
      if (n[i]! > 0 && n[i]! < min) out.push(i);
      stack.push(...children[i]!);
    }
    return out;
  };
  // Children come after their parent: deepest groups first, so a protected group's own remainder is settled before its parent's.
  for (let a = n.length - 1; a >= 0; a--) {
    if (!shown(a)) continue;
    for (let r = remainder(a); r > 0 && r < min; r = remainder(a)) {
      const small = smallHidden(a);
      const candidates = frontier(a).sort((x, y) => n[x]! - n[y]! || x - y);
      const pick = candidates.find((d) => remainder(d) > 0) ?? candidates[0]!;
      decisions[pick] = { status: 'protected', protects: small, within: a };
    }
  }
  return decisions;
}

/**
 * Splits records into classes by the sets they belong to: after `refine` has seen every set, two
 * records share a class exactly when they are in the same sets. Class 0 is "in none of them".
 */
class Partition {
  readonly of: Int32Array;
  /** Classes are numbered 1, 2, …; every class number in `of` is below this. */
  next = 1;
  // For `refine`: per old class, the class its members move to, valid where `stamp` holds the current pass.
  private movedTo = new Int32Array(0);
  private stamp = new Int32Array(0);
  private pass = 0;
  constructor(size: number, from?: Partition) {
    this.of = from ? from.of.slice() : new Int32Array(size);
    if (from) this.next = from.next;
  }
  refine(members: Int32Array): void {
    // Typed arrays instead of a map: a ledger refines millions of keys.
    if (this.movedTo.length < this.next) {
      const capacity = Math.max(this.next, 2 * this.movedTo.length, 64);
      this.movedTo = new Int32Array(capacity);
      this.stamp = new Int32Array(capacity);
      this.pass = 0;
    }
    const pass = ++this.pass;
    const { of, movedTo, stamp } = this;
    for (let k = 0; k < members.length; k++) {
      const i = members[k]!;
      const old = of[i]!;
      if (stamp[old] !== pass) {
        stamp[old] = pass;
        movedTo[old] = this.next++;
      }
      of[i] = movedTo[old]!;
    }
  }
  /** The number of records per class, indexed by class. */
  sizes(): Int32Array {
    const sizes = new Int32Array(this.next);
    for (let r = 0; r < this.of.length; r++) sizes[this.of[r]!]!++;
    return sizes;
  }
}

/** The largest database key for which a plain lookup table is used instead of a map. */
const DENSE_LIMIT = 1 << 25;

/**
 * Numbers the record keys of every set 0, 1, 2, …. Database keys are usually small whole numbers:
 * those are numbered through a lookup table, which is many times faster than a map for the
 * millions of keys a ledger holds; other keys through a map.
 */
function denseKeys(lists: readonly (readonly RecordId[])[]): { sets: Int32Array[]; size: number } {
  let max = -1;
  let integers = true;
  for (const list of lists) {
    for (const id of list) {
      if (typeof id !== 'number' || !Number.isInteger(id) || id < 0 || id >= DENSE_LIMIT) {
        integers = false;
        break;
      }
      if (id > max) max = id;
    }
    if (!integers) break;
  }
  let size = 0;
  if (integers) {
    const table = new Int32Array(max + 1).fill(-1);
    const sets = lists.map((list) => {
      const set = new Int32Array(list.length);
      for (let k = 0; k < list.length; k++) {
        const id = list[k] as number;
        let i = table[id]!;
        if (i < 0) table[id] = i = size++;
        set[k] = i;
      }
      return set;
    });
    return { sets, size };
  }
  const index = new Map<RecordId, number>();
  const sets = lists.map((list) =>
    Int32Array.from(list, (id) => {
      let i = index.get(id);
      if (i === undefined) index.set(id, (i = index.size));
      return i;
    }),
  );
  return { sets, size: index.size };
}

/** Step 3: hold back shown groups until no class that this release makes is below the minimum. */
function holdAgainstLedger(groups: readonly GuardGroup[], decisions: GroupDecision[], earlier: readonly LedgerEntry[], min: number): void {
  if (!earlier.length) return;
  const { sets, size } = denseKeys([...groups.map((g) => g.records), ...earlier.map((e) => e.records)]);
  const members = sets.slice(0, groups.length);
  const earlierMembers = sets.slice(groups.length);

  const before = new Partition(size);
  for (const set of earlierMembers) before.refine(set);
  const beforeSizes = before.sizes();
  let covering: ((set: Int32Array) => string[]) | undefined;

  for (let round = 0; round < groups.length; round++) {
    const kept = groups.map((_, i) => i).filter((i) => decisions[i]!.status === 'shown');
    const after = new Partition(size, before);
    for (const i of kept) after.refine(members[i]!);
    const sizes = after.sizes();
    // A leaking class: in some published group, holding 1 up to min − 1 records, and made by this
    // release: a class that earlier releases alone already made is left as it was. Per class the
    // earlier releases' class it comes from, or −1 where it does not leak.
    const leakingFrom = new Int32Array(after.next).fill(-1);
    const leaking: number[] = [];
    for (let r = 0; r < size; r++) {
      const cls = after.of[r]!;
      if (cls === 0 || leakingFrom[cls]! >= 0 || sizes[cls]! >= min) continue;
      const base = before.of[r]!;
      if (base !== 0 && beforeSizes[base] === sizes[cls]) continue;
      leakingFrom[cls] = base;
      leaking.push(cls);
    }
    if (!leaking.length) return;

    // For each leaking class, the groups that cut it apart: those that contain it, and those that
    // split the earlier releases' class it comes from. The smallest of them is held back; then the
    // classes are made again, until none leaks.
    const byBase = new Map<number, number[]>();
    for (const cls of leaking) {
      const base = leakingFrom[cls]!;
      if (base !== 0) byBase.set(base, [...(byBase.get(base) ?? []), cls]);
    }
    const best = new Map<number, number>();
    const offer = (cls: number, i: number) => {
      const current = best.get(cls);
      if (current === undefined || members[i]!.length < members[current]!.length || (members[i]!.length === members[current]!.length && i > current)) best.set(cls, i);
    };
    // Per earlier class, the last group (plus one) that offered for it.
    const seenBy = new Int32Array(before.next);
    for (const i of kept) {
      const set = members[i]!;
      for (let k = 0; k < set.length; k++) {
        const m = set[k]!;
        const cls = after.of[m]!;
        if (leakingFrom[cls]! >= 0) offer(cls, i);
        const base = before.of[m]!;
        if (base !== 0 && seenBy[base] !== i + 1 && byBase.has(base)) {
          seenBy[base] = i + 1;
          for (const c of byBase.get(base)!) offer(c, i);
        }
      }
    }
    if (!best.size) return;
    covering ??= coverage(earlier, earlierMembers, size);
    for (const i of new Set(best.values())) decisions[i] = { status: 'held', heldBy: covering(members[i]!) };
  }
}

/**
 * Which earlier releases covered any of a set of records, to name them when a group is held back.
 * Made once, and only when a group is held: per record a bit per earlier release.
 */
function coverage(earlier: readonly LedgerEntry[], earlierMembers: readonly Int32Array[], size: number): (set: Int32Array) => string[] {
  const releases = [...new Set(earlier.map((e) => e.release))];
  const words = Math.ceil(releases.length / 32);
  const bits = new Int32Array(size * words);
  const indexOf = new Map(releases.map((release, k) => [release, k]));
  earlier.forEach((entry, e) => {
    const k = indexOf.get(entry.release)!;
    const word = k >>> 5;
    const bit = 1 << (k & 31);
    const those = earlierMembers[e]!;
    for (let j = 0; j < those.length; j++) bits[those[j]! * words + word]! |= bit;
  });
  return (set) => {
    const any = new Int32Array(words);
    for (let j = 0; j < set.length; j++) for (let w = 0; w < words; w++) any[w]! |= bits[set[j]! * words + w]!;
    // In the ledger's order, as the releases were made.
    return releases.filter((_, k) => (any[k >>> 5]! & (1 << (k & 31))) !== 0);
  };
}
