/* Texts of the reflection card's panels in Netherlands Dutch: Flemish Dutch with the words that differ. */
import nlBE, { type ReflectionPanelMessages } from './panels-nl-BE.js';

const nlNL: ReflectionPanelMessages = {
  ...nlBE,
  timerReset: 'Opnieuw',
};

export default nlNL;
