/**
 * The reflection templates and their steps (structure only; every prompt is our own text in the
 * locale catalogues under `step.<template>.<step>` and `help.<template>.<step>`).
 *
 * Each step carries a **meaning** shared across templates. Switching template moves a step's text
 * to the step with the same meaning in the new template; text whose meaning the new template
 * lacks does not fit, and the widget asks before dropping it.
 */
export const TEMPLATES = ['korthagen', 'gibbs', 'starrt', 'intervision'] as const;
export type TemplateId = (typeof TEMPLATES)[number];

export const MEANINGS = [
  'situation',
  'experience',
  'task',
  'doing',
  'evaluation',
  'questions',
  'views',
  'analysis',
  'alternatives',
  'lessons',
  'transfer',
] as const;
export type Meaning = (typeof MEANINGS)[number];

export interface TemplateStep {
  id: string;
  meaning: Meaning;
}

const step = (id: string, meaning: Meaning): TemplateStep => ({ id, meaning });

export const TEMPLATE_STEPS: Readonly<Record<TemplateId, readonly TemplateStep[]>> = {
  // Korthagen's ALACT cycle: action, looking back, essential aspects, alternatives, trial.
  korthagen: [step('action', 'situation'), step('lookingBack', 'experience'), step('essence', 'analysis'), step('alternatives', 'alternatives'), step('trial', 'transfer')],
  // Gibbs: description, feelings, evaluation, analysis, conclusion, action plan.
  gibbs: [
    step('description', 'situation'),
    step('feelings', 'experience'),
    step('evaluation', 'evaluation'),
    step('analysis', 'analysis'),
    step('conclusion', 'alternatives'),
    step('actionPlan', 'transfer'),
  ],
  // STARR(T): situation, task, action, result, reflection, transfer.
  starrt: [
    step('situation', 'situation'),
    step('task', 'task'),
    step('action', 'doing'),
    step('result', 'evaluation'),
    step('reflection', 'analysis'),
    step('transfer', 'transfer'),
  ],
  // Incident method: the case, questions to clarify, each peer's view, the case bringer's choice, lessons.
  intervision: [step('case', 'situation'), step('clarify', 'questions'), step('views', 'views'), step('choice', 'alternatives'), step('lessons', 'lessons')],
};

/** The step ids of a template, in order. */
export const stepIds = (template: TemplateId): string[] => TEMPLATE_STEPS[template].map((s) => s.id);

/** Minutes per intervision round when the group does not choose its own. */
export const DEFAULT_ROUND_MINUTES: Readonly<Record<string, number>> = { case: 5, clarify: 10, views: 15, choice: 5, lessons: 10 };

/** Feeling chips (optional); their words live in the catalogues under `feeling.<id>`. */
export const FEELINGS = ['calm', 'proud', 'hopeful', 'curious', 'unsure', 'frustrated', 'tired', 'sad', 'angry', 'relieved'] as const;
export type FeelingId = (typeof FEELINGS)[number];
