/** The four pillars of effective professionals, in display order. */
export const PILLARS = ['expertise', 'alliance', 'hope', 'reflection'] as const;
/** The four dimensions each pillar is looked at in, in display order. */
export const DIMENSIONS = ['self', 'other', 'organisation', 'environment'] as const;
/** The ten competences of the social worker, used as item tags `competence:<id>`. */
export const COMPETENCES = [
  'own-strength', 'participation', 'outreach', 'clarify-needs', 'connections',
  'behaviour-change', 'networks', 'life-worlds', 'anticipation', 'professional-room',
] as const;
export type PillarId = (typeof PILLARS)[number];
export type DimensionId = (typeof DIMENSIONS)[number];
export type CompetenceId = (typeof COMPETENCES)[number];
/** One statement of the default instruments; its text is `item.<id>` in each locale catalogue. */
export interface DefaultSelfscanItem {
  id: string;
  pillar: PillarId;
  dimension: DimensionId;
  competence: CompetenceId;
  quick: boolean;
}
