// Texts of the Forklar panel.
import { defineMessages } from './define';
export const explain = defineMessages({
  nb: {
    'explain.resize': 'Bredden på Forklar-panelet (dra, eller bruk piltastene)',
    'explain.showCode': 'Formler',
    'explain.showCodeHelp': 'Vis hver linjes nøkkel og formel slik de skrives i formelspråket',
  },
  en: {
    'explain.resize': 'Width of the Explain panel (drag, or use the arrow keys)',
    'explain.showCode': 'Formulas',
    'explain.showCodeHelp': 'Show each line’s key and formula as written in the formula language',
  },
});
