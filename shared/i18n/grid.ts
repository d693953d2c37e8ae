// Texts of the scenario workspace and its grids. Placeholders are written {name}.
import { defineMessages } from './define';
export const grid = defineMessages({
  nb: {
    'grid.amountsIn': 'Beløp i 1000 kr',
    'grid.flag.on': 'Ja',
    'grid.noRows': 'Ingen linjer å vise',
    'grid.loading': 'Laster …',
    'grid.flag.off': 'Nei',
    'grid.pasteReadonly': 'Innlimingen ble avvist: blokken dekker beregnede linjer, som ikke kan overskrives.',
    'grid.pasteOutside': 'Innlimingen ble avvist: blokken går utenfor tabellen.',
    'grid.printed': 'Skrevet ut {date}',
  },
  en: {
    'grid.amountsIn': 'Amounts in NOK 1000',
    'grid.flag.on': 'Yes',
    'grid.noRows': 'No lines to show',
    'grid.loading': 'Loading …',
    'grid.flag.off': 'No',
    'grid.pasteReadonly': 'The paste was refused: the block covers computed lines, which cannot be overwritten.',
    'grid.pasteOutside': 'The paste was refused: the block runs outside the table.',
    'grid.printed': 'Printed {date}',
  },
});
