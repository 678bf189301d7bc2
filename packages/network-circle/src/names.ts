import { pickText, type LocalizeController } from '@goesting/core';
import { networkCircleMessages, type NetworkCircleMessages } from './messages.js';
import { initialsOf, type NetworkConfig, type Person, type SupportKind } from './model/index.js';

/** How the circle names its rings, sectors, people and support, in the language shown. */
export interface CircleNames {
  sector(id: string): string;
  ring(id: string): string;
  /** A person's label, or initials when the user asked for them. */
  person(person: Person): string;
  /** The people with these ids, as a list in running text. */
  people(ids: readonly string[]): string;
  support(kinds: readonly SupportKind[]): string;
}

/** A host's own label wins; a default ring or sector has a translated one; else its id. */
function entryName(l: LocalizeController<NetworkCircleMessages>, entry: { id: string; label?: Parameters<typeof pickText>[0] } | undefined, key: string, id: string): string {
  if (entry?.label) return pickText(entry.label, l.locale);
  return key in networkCircleMessages['nl-BE'] ? l.t(key as 'title') : id;
}

export function circleNames(l: LocalizeController<NetworkCircleMessages>, config: NetworkConfig, people: readonly Person[], initials: boolean): CircleNames {
  const person = (p: Person) => (initials ? initialsOf(p.label) : p.label);
  let byId: Map<string, Person> | undefined;
  return {
    sector: (id) => entryName(l, config.sectors.find((s) => s.id === id), `sector.${id}`, id),
    ring: (id) => entryName(l, config.rings.find((r) => r.id === id), `ring.${id}`, id),
    person,
    people: (ids) => {
      byId ??= new Map(people.map((p) => [p.id, p]));
      return ids.map((id) => (byId!.has(id) ? person(byId!.get(id)!) : id)).join(', ');
    },
    support: (kinds) => kinds.map((k) => l.t(`support.${k}`)).join(', '),
  };
}
