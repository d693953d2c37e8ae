// Texts of the Forklar panel.
export const explain: { nb: Record<string, string>; en: Record<string, string> } = {
  nb: {
    'explain.resize': 'Bredden på Forklar-panelet (dra, eller bruk piltastene)',
  },
  en: {
    'explain.resize': 'Width of the Explain panel (drag, or use the arrow keys)',
  },
};
