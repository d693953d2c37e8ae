// Texts of the save path: the header's save state, edits kept while the store is away, refused and held edits.
import { defineMessages } from './define';
export const saving = defineMessages({
  nb: {
    'save.waiting': 'Ikke lagret – {count} endringer venter',
    'save.waitingOne': 'Ikke lagret – 1 endring venter',
    'save.waitingHelp':
      'Lagringen svarer ikke. Endringene er tatt vare på i nettleseren og sendes så snart den svarer igjen; du kan også prøve selv.',
    'save.retry': 'Prøv igjen',
    'save.held': 'Ikke lagret – {count} endringer fra en eldre versjon',
    'save.heldOne': 'Ikke lagret – 1 endring fra en eldre versjon',
    'save.heldHelp':
      'Scenarioet ble endret et annet sted før disse endringene ble lagret. Bruk dem på nytt på versjonen som er lagret nå, eller forkast dem.',
    'save.reapply': 'Bruk på nytt',
    'save.discard': 'Forkast',
    'save.discarded': 'Ulagrede endringer forkastet: {count}.',
    'save.reappliedSome': 'Brukt på nytt: {count}. Passet ikke lenger og er forkastet: {failed}. {reasons}',
    'save.refused': 'Endringen ble ikke lagret, og skjermen viser igjen det som er lagret. {reason}',
    'save.restored': 'Endringer som ikke var lagret, er hentet fram igjen og sendes nå: {count}.',
    'save.restoredFailed': 'Endringer som ikke var lagret og ikke passet lenger, er forkastet: {failed}.',
    'save.alreadySaved': '{count, plural, one {# endring} other {# endringer}} som ventet på svar, var allerede lagret.',
    'save.storageFailed': 'Nettleseren kunne ikke ta vare på endringene (lagringsplassen er full eller blokkert): ikke lukk siden før de er lagret.',
  },
  en: {
    'save.waiting': 'Not saved – {count} edits waiting',
    'save.waitingOne': 'Not saved – 1 edit waiting',
    'save.waitingHelp': 'The store does not answer. The edits are kept in the browser and sent as soon as it answers again; you can also retry.',
    'save.retry': 'Retry',
    'save.held': 'Not saved – {count} edits from an older version',
    'save.heldOne': 'Not saved – 1 edit from an older version',
    'save.heldHelp': 'The scenario was changed elsewhere before these edits were saved. Apply them again to the version saved now, or discard them.',
    'save.reapply': 'Apply again',
    'save.discard': 'Discard',
    'save.discarded': 'Unsaved edits discarded: {count}.',
    'save.reappliedSome': 'Applied again: {count}. No longer fitting and discarded: {failed}. {reasons}',
    'save.refused': 'The edit was not saved, and the screen shows what is saved again. {reason}',
    'save.restored': 'Edits that were not saved have been brought back and are being sent: {count}.',
    'save.restoredFailed': 'Edits that were not saved and no longer fitted have been discarded: {failed}.',
    'save.alreadySaved': '{count, plural, one {# edit} other {# edits}} waiting for an answer had been saved already.',
    'save.storageFailed': 'The browser could not keep the edits (its storage is full or blocked): do not close the page until they are saved.',
  },
});
