// Texts for hostile input and damaged data: files that are not what they claim, a database that is damaged,
// read-only or full, backups. Placeholders are written {name}.
import { defineMessages } from './define';
export const safety = defineMessages({
  nb: {
    'compute.budget':
      'Scenariet «{name}» krever for mye regning: beregningen ble stoppet ved grensen for én omregning, og ingenting ble skrevet. Forenkle formler som summerer mange linjer (sumtag) eller bruker index() og grow() over mange år, og prøv igjen.',
    'file.notRegular': 'Dette er ikke en vanlig fil ({kind}). Velg en fil som er lagret på disken.',
    'file.wideEncoding':
      'Filen er lagret som {encoding}. Handlingsrom leser UTF-8: åpne filen i en teksteditor og lagre den på nytt med kodingen UTF-8.',
    'file.badChar':
      'Teksten ved {path} inneholder et tegn som ikke kan lagres ({char}, tegn nr. {index}). Fjern tegnet i filen og prøv igjen.',
    'cli.store.outIsStore':
      'Eksporten ville skrevet over databasen ({file}). Velg et annet filnavn med --out; ingenting ble skrevet.',
    'cli.store.deleted': 'Flyttet «{name}» ({id}) til papirkurven.',
    'cli.delete.usage': 'delete <navn eller id> --db <fil>',
    'cli.delete.summary': 'flytt et scenario til papirkurven (f.eks. et som henger ved oppstart)',
    'cli.restore.usage': 'restore-backup --db <fil>',
    'cli.restore.summary': 'hent siste gode sikkerhetskopi av en skadet database',
    'db.damaged':
      'Databasen {file} er skadet ({detail}). Handlingsrom har ikke endret den. Siste gode sikkerhetskopi er fra {backupTime} ({backup}); hent den, så legges den skadde filen til side.',
    'db.damagedNoBackup':
      'Databasen {file} er skadet ({detail}), og det finnes ingen sikkerhetskopi. Handlingsrom har ikke endret den. Ta en kopi av filen og kontakt brukerstøtte.',
    'db.editsLost':
      'Databasen {file} mangler endringer som var lagret (den siste {savedAt}): loggfilen (-wal) ble borte eller skadet etter at programmet stoppet. Handlingsrom har ikke endret noe. Siste gode sikkerhetskopi er fra {backupTime} ({backup}); hent den, eller fortsett med databasen slik den er.',
    'db.editsLostNoBackup':
      'Databasen {file} mangler endringer som var lagret (den siste {savedAt}): loggfilen (-wal) ble borte eller skadet etter at programmet stoppet, og det finnes ingen sikkerhetskopi. Handlingsrom har ikke endret noe. Fortsett med databasen slik den er, eller ta en kopi av filene og kontakt brukerstøtte.',
    'db.walDamaged':
      'Loggfilen (-wal) til databasen {file} er skadet, så endringer som ble lagret før programmet stoppet ({savedAt}), kan ikke leses. Handlingsrom har ikke endret noe. Siste gode sikkerhetskopi er fra {backupTime} ({backup}); hent den, eller fortsett uten loggfilen (den legges til side).',
    'db.walDamagedNoBackup':
      'Loggfilen (-wal) til databasen {file} er skadet, så endringer som ble lagret før programmet stoppet ({savedAt}), kan ikke leses, og det finnes ingen sikkerhetskopi. Handlingsrom har ikke endret noe. Fortsett uten loggfilen (den legges til side), eller ta en kopi av filene og kontakt brukerstøtte.',
    'db.keepOffer': 'Fortsette med databasen slik den er? Start på nytt med {command}.',
    'db.readOnly':
      'Databasen {file} kan ikke skrives til (skrivebeskyttet fil eller mappe). Gi brukeren skrivetilgang til mappen og filen, eller start med en annen datamappe.',
    'db.full': 'Disken er full, så endringen ble ikke lagret. Frigjør plass på disken og prøv igjen; det som var lagret fra før, er i behold.',
    'db.locked': 'Databasen {file} er i bruk av et annet program. Lukk det andre Handlingsrom-vinduet og prøv igjen.',
    'db.failed': 'Databasen {file} kan ikke åpnes: {detail}',
    'db.restored': 'Sikkerhetskopien fra {backupTime} er hentet inn. Den skadde databasen ligger i {aside}.',
    'db.restoreOffer': 'Hente sikkerhetskopien? Start på nytt med {command}.',
    'db.noBackup': 'Det finnes ingen god sikkerhetskopi av {file}.',
    'db.backupsIn': 'Sikkerhetskopier: {dir}',
    'message.cut': ' … ({count} tegn til er utelatt)',
  },
  en: {
    'compute.budget':
      'The scenario “{name}” takes too much computing: the computation was stopped at the limit of one recompute, and nothing was written. Simplify formulas that sum many lines (sumtag) or use index() and grow() over many years, and try again.',
    'file.notRegular': 'This is not a regular file ({kind}). Choose a file stored on disk.',
    'file.wideEncoding':
      'The file is saved as {encoding}. Handlingsrom reads UTF-8: open the file in a text editor and save it again with the encoding UTF-8.',
    'file.badChar': 'The text at {path} contains a character that cannot be stored ({char}, character {index}). Remove it from the file and try again.',
    'cli.store.outIsStore': 'The export would overwrite the database ({file}). Choose another file name with --out; nothing was written.',
    'cli.store.deleted': 'Moved “{name}” ({id}) to the trash.',
    'cli.delete.usage': 'delete <name or id> --db <file>',
    'cli.delete.summary': 'move a scenario to the trash (e.g. one that hangs at start)',
    'cli.restore.usage': 'restore-backup --db <file>',
    'cli.restore.summary': 'restore the latest good backup of a damaged database',
    'db.damaged':
      'The database {file} is damaged ({detail}). Handlingsrom has not changed it. The latest good backup is from {backupTime} ({backup}); restore it, and the damaged file is put aside.',
    'db.damagedNoBackup':
      'The database {file} is damaged ({detail}) and there is no backup. Handlingsrom has not changed it. Keep a copy of the file and contact support.',
    'db.editsLost':
      'The database {file} lacks edits that were saved (the last at {savedAt}): its log (-wal) was lost or damaged after the program stopped. Handlingsrom has changed nothing. The latest good backup is from {backupTime} ({backup}); restore it, or go on with the database as it is.',
    'db.editsLostNoBackup':
      'The database {file} lacks edits that were saved (the last at {savedAt}): its log (-wal) was lost or damaged after the program stopped, and there is no backup. Handlingsrom has changed nothing. Go on with the database as it is, or keep a copy of the files and contact support.',
    'db.walDamaged':
      'The log (-wal) of the database {file} is damaged, so edits saved before the program stopped ({savedAt}) cannot be read. Handlingsrom has changed nothing. The latest good backup is from {backupTime} ({backup}); restore it, or go on without the log (it is put aside).',
    'db.walDamagedNoBackup':
      'The log (-wal) of the database {file} is damaged, so edits saved before the program stopped ({savedAt}) cannot be read, and there is no backup. Handlingsrom has changed nothing. Go on without the log (it is put aside), or keep a copy of the files and contact support.',
    'db.keepOffer': 'Go on with the database as it is? Start again with {command}.',
    'db.readOnly':
      'The database {file} cannot be written (read-only file or folder). Give the user write access to the folder and the file, or start with another data folder.',
    'db.full': 'The disk is full, so the change was not saved. Free space on the disk and try again; what was saved before is intact.',
    'db.locked': 'The database {file} is in use by another program. Close the other Handlingsrom window and try again.',
    'db.failed': 'The database {file} cannot be opened: {detail}',
    'db.restored': 'The backup from {backupTime} has been restored. The damaged database is in {aside}.',
    'db.restoreOffer': 'Restore the backup? Start again with {command}.',
    'db.noBackup': 'There is no good backup of {file}.',
    'db.backupsIn': 'Backups: {dir}',
    'message.cut': ' … ({count} more characters left out)',
  },
});
