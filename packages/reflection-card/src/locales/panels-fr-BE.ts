/* Texts of the reflection card's panels in Belgian French. */
import type { ReflectionPanelMessages } from './panels-nl-BE.js';

const frBE: ReflectionPanelMessages = {
  openActionsTitle: 'Actions ouvertes des fiches précédentes',
  openActionsIntro: 'Où en sont ces actions ? Ce que vous reportez revient ici la prochaine fois.',
  noOpenActions: 'Pas d’action ouverte des fiches précédentes.',
  actionFrom: (p: { date: string }) => `fiche du ${p.date}`,
  'status.done': 'faite',
  'status.carried': 'je la reporte',
  'status.dropped': 'je l’abandonne',
  minutes: 'Minutes pour ce tour',
  timerStart: 'Lancer le minuteur',
  timerPause: 'Pause',
  timerResume: 'Reprendre',
  timerReset: 'Remettre à zéro',
  timerLeft: (p: { time: string }) => `Encore ${p.time}`,
  timerPaused: (p: { time: string }) => `En pause, encore ${p.time}`,
  timerDone: 'Le temps de ce tour est écoulé.',
  timerLabel: (p: { round: string }) => `Minuteur pour ${p.round}`,
  viewsTitle: 'Apports des participants',
  viewName: 'Nom (facultatif)',
  viewText: 'Comment ce participant voit-il la situation ?',
  addView: 'Ajouter un apport',
  removeView: (p: { name: string }) => `Supprimer ${p.name}`,
  noViews: 'Pas encore d’apport.',
  switchTitle: 'Choisir un autre modèle ?',
  switchBody: (p: { template: string; steps: string }) => `${p.template} n’a pas de place pour le texte sous : ${p.steps}. Ce texte disparaît si vous choisissez ce modèle. Le reste passe aux étapes correspondantes.`,
  switchConfirm: 'Choisir ce modèle et abandonner ce texte',
  switchCancel: 'Garder le modèle actuel',
};

export default frBE;
