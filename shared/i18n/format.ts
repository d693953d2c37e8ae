// Texts of the format concept: the same keys in both languages. Placeholders are written {name}.
import { defineMessages } from './define';
export const format = defineMessages({
  nb: {
    'format.notANumber': '«{text}» er ikke et tall.',
    'format.badGrouping':
      '«{text}» har sifferskille på feil sted: tusenskille deler tallet i grupper på tre sifre, som i 1 234 567.',
    'format.tooLarge': '«{text}» er for stort til å regne med.',
    'format.percentInAmount': '«{text}» er en prosent; linjen er i {unit}.',
    'format.amountInPercent': '«{text}» er et beløp; linjen er i prosent.',
    'format.percentInAmount.field': '«{text}» er en prosent; feltet er i {unit}.',
    'format.amountInPercent.field': '«{text}» er et beløp; feltet er i prosent.',
    'format.atCell': 'Rad {row}, kolonne {col}: {message}',
    'format.blockRefused':
      'Innlimingen ble avvist: {count, plural, one {# celle kunne ikke leses} other {# celler kunne ikke leses}}. Ingenting ble endret.',
  },
  en: {
    'format.notANumber': '“{text}” is not a number.',
    'format.badGrouping':
      '“{text}” has a digit separator in the wrong place: thousands separators split a number into groups of three digits, as in 1 234 567.',
    'format.tooLarge': '“{text}” is too large to calculate with.',
    'format.percentInAmount': '“{text}” is a percentage; the line is in {unit}.',
    'format.amountInPercent': '“{text}” is an amount; the line is in per cent.',
    'format.percentInAmount.field': '“{text}” is a percentage; the field is in {unit}.',
    'format.amountInPercent.field': '“{text}” is an amount; the field is in per cent.',
    'format.atCell': 'Row {row}, column {col}: {message}',
    'format.blockRefused': 'The paste was refused: {count, plural, one {# cell could not be read} other {# cells could not be read}}. Nothing was changed.',
  },
});
