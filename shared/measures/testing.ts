// Test data: seed 003's table "Oversikt over års-effekt og effekt i 2021" (Balanse 2021) as its text holds it,
// tab-separated with its sum row — what a finance officer copies out of the document.
export const BALANSE_2021_TABLE = [
  'Tiltak\tHelårseffekt av tiltaket\tEffekt i 2021',
  'Tildelingspraksis\t10,0 mill.\t3,5 mill.',
  'Spesialisering av sykehjemsplasser\t3,0 mill.\t1,0 mill.',
  'Omdisponering av plasser\t10,0 mill.\t3,0 mill.',
  'Arbeide på tvers av kommunedelsgrenser og gamle kommunegrenser\t7,5 mill.\t2,5 mill.',
  'Aktivitetssentre/vurdering av kafedrift',
  'Vikarpool/ressurssentre\t12,0 mill.\t4,0 mill.',
  'Andre tiltak i Balanse 2021\t12,5 mill.\t5,0 mill.',
  'Stram styring\t20,0 mill.\t12,0 mill.',
  'Sum\t75,0 mill.\t31,0 mill.',
].join('\n');
