// Texts of the Forklar panel.
import { defineMessages } from './define';
export const explain = defineMessages({
  nb: {
    'explain.resize': 'Bredden på Forklar-panelet (dra, eller bruk piltastene)',
  },
  en: {
    'explain.resize': 'Width of the Explain panel (drag, or use the arrow keys)',
  },
});
