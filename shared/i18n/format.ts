// Texts of the format concept: the same keys in both languages. Placeholders are written {name}.
import { defineMessages } from './define';
export const format = defineMessages({
  nb: {
    'format.notANumber': '«{text}» er ikke et tall.',
    'format.badGrouping':
      '«{text}» har sifferskille på feil sted: tusenskille deler tallet i grupper på tre sifre, som i 1 234 567.',
    'format.tooLarge': '«{text}» er for stort til å regne med.',
    'format.unitMismatch': '«{text}» passer ikke til enheten {unit}.',
    'format.atCell': 'Rad {row}, kolonne {col}: {message}',
    'format.blockRefused':
      'Innlimingen ble avvist fordi {count, plural, one {# celle ikke inneholder et tall} other {# celler ikke inneholder tall}}. Ingenting ble endret.',
  },
  en: {
    'format.notANumber': '“{text}” is not a number.',
    'format.badGrouping':
      '“{text}” has a digit separator in the wrong place: thousands separators split a number into groups of three digits, as in 1 234 567.',
    'format.tooLarge': '“{text}” is too large to calculate with.',
    'format.unitMismatch': '“{text}” does not fit the unit {unit}.',
    'format.atCell': 'Row {row}, column {col}: {message}',
    'format.blockRefused': 'The paste was refused because {count, plural, one {# cell does not contain a number} other {# cells do not contain numbers}}. Nothing was changed.',
  },
});
