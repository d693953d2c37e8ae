// Texts of the desktop shell: its start-up failures (electron/shell/startupFailure.ts), what happened and what to
// do, and the files it reads.
import { defineMessages } from './define';
export const startup = defineMessages({
  nb: {
    'startup.newerDatabase.title': 'Dataene er lagret av en nyere versjon av Handlingsrom',
    'startup.newerDatabase.todo':
      'Databasen har versjon {found}, denne versjonen av programmet kan lese til og med versjon {supported}. Installer den nyeste versjonen av Handlingsrom og start på nytt.',
    'startup.corruptDatabase.title': 'Databasen kan ikke leses',
    'startup.corruptDatabase.todo':
      'Filen er skadet eller er ikke en Handlingsrom-database. Ta en kopi av den, og hent den siste sikkerhetskopien, eller flytt filen bort for å starte med en tom database.',
    'startup.databaseLocked.title': 'Databasen er i bruk av et annet program',
    'startup.databaseLocked.todo': 'Lukk det andre programmet (eller det andre Handlingsrom-vinduet) som har databasen åpen, og start på nytt.',
    'startup.nativeModule.title': 'Programmet er ikke fullstendig installert',
    'startup.nativeModule.todo': 'Lagringsmodulen (better-sqlite3) mangler eller passer ikke til denne versjonen. Installer Handlingsrom på nytt.',
    'startup.dataFolder.title': 'Datamappen kan ikke brukes',
    'startup.dataFolder.todo':
      'Programmet får ikke skrevet i datamappen. Sjekk at mappen finnes, at du har skrivetilgang og at disken ikke er full, eller velg en annen mappe med miljøvariabelen HANDLINGSROM_DATA.',
    'startup.backendExited.title': 'Lagringsprosessen stoppet',
    'startup.backendExited.todo': 'Start Handlingsrom på nytt. Skjer det igjen, installer programmet på nytt.',
    'startup.unknown.title': 'Handlingsrom kunne ikke starte',
    'startup.unknown.todo': 'Start programmet på nytt. Skjer det igjen, send feilmeldingen under til den som drifter programmet.',
    'startup.lostEdits.title': 'Lagrede endringer mangler i databasen',
    'startup.lostEdits.todo': 'Hent den siste sikkerhetskopien, eller fortsett med databasen slik den er.',
    'startup.button.restore': 'Hent sikkerhetskopien',
    'startup.button.keep': 'Fortsett med databasen slik den er',
    'startup.button.quit': 'Avslutt',
    'startup.restored.title': 'Sikkerhetskopien er hentet inn',
    'startup.where': 'Gjelder: {where}',
    'startup.nothingChanged': 'Ingenting er endret i dataene.',
    'desktop.fileUnreadable': 'Filen {file} kunne ikke leses: {detail}. Sjekk at den finnes og ikke er åpen i et annet program.',
  },
  en: {
    'startup.newerDatabase.title': 'The data was saved by a newer version of Handlingsrom',
    'startup.newerDatabase.todo':
      'The database has version {found}; this version of the app reads up to version {supported}. Install the latest version of Handlingsrom and start it again.',
    'startup.corruptDatabase.title': 'The database cannot be read',
    'startup.corruptDatabase.todo':
      'The file is damaged or is not a Handlingsrom database. Make a copy of it and restore the latest backup, or move the file away to start with an empty database.',
    'startup.databaseLocked.title': 'The database is in use by another program',
    'startup.databaseLocked.todo': 'Close the other program (or the other Handlingsrom window) that has the database open, and start again.',
    'startup.nativeModule.title': 'The app is not completely installed',
    'startup.nativeModule.todo': 'The storage module (better-sqlite3) is missing or does not fit this version. Install Handlingsrom again.',
    'startup.dataFolder.title': 'The data folder cannot be used',
    'startup.dataFolder.todo':
      'The app cannot write to its data folder. Check that the folder exists, that you may write to it and that the disk is not full, or choose another folder with the environment variable HANDLINGSROM_DATA.',
    'startup.backendExited.title': 'The storage process stopped',
    'startup.backendExited.todo': 'Start Handlingsrom again. If it happens again, install the app again.',
    'startup.unknown.title': 'Handlingsrom could not start',
    'startup.unknown.todo': 'Start the app again. If it happens again, send the message below to whoever runs the app for you.',
    'startup.lostEdits.title': 'Saved edits are missing from the database',
    'startup.lostEdits.todo': 'Restore the latest backup, or go on with the database as it is.',
    'startup.button.restore': 'Restore the backup',
    'startup.button.keep': 'Go on with the database as it is',
    'startup.button.quit': 'Quit',
    'startup.restored.title': 'The backup has been restored',
    'startup.where': 'Concerns: {where}',
    'startup.nothingChanged': 'Nothing in the data was changed.',
    'desktop.fileUnreadable': 'The file {file} could not be read: {detail}. Check that it exists and is not open in another program.',
  },
});
