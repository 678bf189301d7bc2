import type { DefaultSelfscanItem } from './instrument-types.js';

/**
 * The default self-scan statements: 40 first-person statements about concrete behaviour, 2 or 3
 * for each pillar × dimension cell, ordered by pillar, then dimension, then number. The first
 * statement of each cell is marked `quick`; together those 16 form the quick variant. Each is
 * tagged with the one competence of the social worker it fits best. The wording, our own, lives
 * in the locale catalogues under `item.<id>`.
 */
export const defaultSelfscanItems: readonly DefaultSelfscanItem[] = [
  { id: 'expertise-self-1', pillar: 'expertise', dimension: 'self', competence: 'professional-room', quick: true },
  { id: 'expertise-self-2', pillar: 'expertise', dimension: 'self', competence: 'life-worlds', quick: false },
  { id: 'expertise-self-3', pillar: 'expertise', dimension: 'self', competence: 'anticipation', quick: false },
  { id: 'expertise-other-1', pillar: 'expertise', dimension: 'other', competence: 'clarify-needs', quick: true },
  { id: 'expertise-other-2', pillar: 'expertise', dimension: 'other', competence: 'own-strength', quick: false },
  { id: 'expertise-organisation-1', pillar: 'expertise', dimension: 'organisation', competence: 'professional-room', quick: true },
  { id: 'expertise-organisation-2', pillar: 'expertise', dimension: 'organisation', competence: 'networks', quick: false },
  { id: 'expertise-organisation-3', pillar: 'expertise', dimension: 'organisation', competence: 'anticipation', quick: false },
  { id: 'expertise-environment-1', pillar: 'expertise', dimension: 'environment', competence: 'networks', quick: true },
  { id: 'expertise-environment-2', pillar: 'expertise', dimension: 'environment', competence: 'outreach', quick: false },
  { id: 'alliance-self-1', pillar: 'alliance', dimension: 'self', competence: 'anticipation', quick: true },
  { id: 'alliance-self-2', pillar: 'alliance', dimension: 'self', competence: 'life-worlds', quick: false },
  { id: 'alliance-other-1', pillar: 'alliance', dimension: 'other', competence: 'own-strength', quick: true },
  { id: 'alliance-other-2', pillar: 'alliance', dimension: 'other', competence: 'clarify-needs', quick: false },
  { id: 'alliance-other-3', pillar: 'alliance', dimension: 'other', competence: 'outreach', quick: false },
  { id: 'alliance-organisation-1', pillar: 'alliance', dimension: 'organisation', competence: 'professional-room', quick: true },
  { id: 'alliance-organisation-2', pillar: 'alliance', dimension: 'organisation', competence: 'networks', quick: false },
  { id: 'alliance-environment-1', pillar: 'alliance', dimension: 'environment', competence: 'outreach', quick: true },
  { id: 'alliance-environment-2', pillar: 'alliance', dimension: 'environment', competence: 'connections', quick: false },
  { id: 'alliance-environment-3', pillar: 'alliance', dimension: 'environment', competence: 'networks', quick: false },
  { id: 'hope-self-1', pillar: 'hope', dimension: 'self', competence: 'own-strength', quick: true },
  { id: 'hope-self-2', pillar: 'hope', dimension: 'self', competence: 'life-worlds', quick: false },
  { id: 'hope-other-1', pillar: 'hope', dimension: 'other', competence: 'clarify-needs', quick: true },
  { id: 'hope-other-2', pillar: 'hope', dimension: 'other', competence: 'own-strength', quick: false },
  { id: 'hope-other-3', pillar: 'hope', dimension: 'other', competence: 'behaviour-change', quick: false },
  { id: 'hope-organisation-1', pillar: 'hope', dimension: 'organisation', competence: 'behaviour-change', quick: true },
  { id: 'hope-organisation-2', pillar: 'hope', dimension: 'organisation', competence: 'professional-room', quick: false },
  { id: 'hope-environment-1', pillar: 'hope', dimension: 'environment', competence: 'participation', quick: true },
  { id: 'hope-environment-2', pillar: 'hope', dimension: 'environment', competence: 'connections', quick: false },
  { id: 'hope-environment-3', pillar: 'hope', dimension: 'environment', competence: 'connections', quick: false },
  { id: 'reflection-self-1', pillar: 'reflection', dimension: 'self', competence: 'professional-room', quick: true },
  { id: 'reflection-self-2', pillar: 'reflection', dimension: 'self', competence: 'anticipation', quick: false },
  { id: 'reflection-self-3', pillar: 'reflection', dimension: 'self', competence: 'clarify-needs', quick: false },
  { id: 'reflection-other-1', pillar: 'reflection', dimension: 'other', competence: 'participation', quick: true },
  { id: 'reflection-other-2', pillar: 'reflection', dimension: 'other', competence: 'behaviour-change', quick: false },
  { id: 'reflection-organisation-1', pillar: 'reflection', dimension: 'organisation', competence: 'networks', quick: true },
  { id: 'reflection-organisation-2', pillar: 'reflection', dimension: 'organisation', competence: 'behaviour-change', quick: false },
  { id: 'reflection-organisation-3', pillar: 'reflection', dimension: 'organisation', competence: 'participation', quick: false },
  { id: 'reflection-environment-1', pillar: 'reflection', dimension: 'environment', competence: 'anticipation', quick: true },
  { id: 'reflection-environment-2', pillar: 'reflection', dimension: 'environment', competence: 'life-worlds', quick: false },
];
