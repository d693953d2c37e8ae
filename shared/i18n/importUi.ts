// Texts of the import dialogs (renderer/src/imports and the views that import): population, KOSTRA, accounts.
// The parsers' own messages are in imports.ts.
import { defineMessages } from './define';
export const importUi = defineMessages({
  nb: {
    'importUi.apply': 'Importer',
    'importUi.cancel': 'Avbryt',
    'importUi.oneStep': 'Importen er ett steg som kan angres.',
    'importUi.nothingWritten': 'Ingenting er endret.',
    'importUi.done': 'Importert: {label}.',
  },
  en: {
    'importUi.apply': 'Import',
    'importUi.cancel': 'Cancel',
    'importUi.oneStep': 'The import is one step that can be undone.',
    'importUi.nothingWritten': 'Nothing has been changed.',
    'importUi.done': 'Imported: {label}.',
  },
});
