import type { PersonDetailPerson } from './model/person.js';

/**
 * Detail of `goesting-person`: someone the user named in a widget (a helper in a plan) who is not
 * in the client's network circle yet, for the host to add there if the client wants.
 */
export interface GoestingPersonDetail {
  widget: string;
  schemaVersion: number;
  person: PersonDetailPerson;
}

declare module './events.js' {
  interface GoestingEventDetails {
    'goesting-person': GoestingPersonDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'goesting-person': CustomEvent<GoestingPersonDetail>;
  }
}
