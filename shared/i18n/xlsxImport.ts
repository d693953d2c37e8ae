// Texts of "Importer endringer fra Excel": the reader's refusals of a whole workbook, the preview's reasons for
// cells it will not take, and the dialog (renderer/src/xlsxImport).
import { defineMessages } from './define';
export const xlsxImport = defineMessages({
  nb: {
    'cmd.importXlsx': 'Importer endringer fra Excel …',
    'xlsxImport.title': 'Importer endringer fra Excel',
    'xlsxImport.button': 'Endringer fra Excel …',

    // The workbook as a whole: nothing is read.
    'xlsxImport.tooLarge': '{file} er {size} MB, men en arbeidsbok som leses inn kan være høyst {limit} MB. Ingenting er endret.',
    'xlsxImport.tooLargeUnpacked': '{file} pakker seg ut til mer enn {limit} MB og leses ikke inn. Ingenting er endret.',
    'xlsxImport.notXlsx': '{file} er ikke en Excel-arbeidsbok (.xlsx). Velg arbeidsboken som ble eksportert fra Handlingsrom. Ingenting er endret.',
    'xlsxImport.damaged': 'Arbeidsboken {file} er skadet og kan ikke leses. Be om en ny kopi, eller åpne og lagre den på nytt i Excel. Ingenting er endret.',
    'xlsxImport.notExport':
      '{file} er ikke en eksport fra Handlingsrom (eller fra en eldre versjon): arket som sier hvilket scenario den kom fra, mangler. Eksporter scenarioet til Excel på nytt og send den filen. Ingenting er endret.',
    'xlsxImport.otherScenario': '{file} er eksportert fra scenarioet «{name}», ikke fra «{current}». Åpne «{name}» og importer endringene der. Ingenting er endret.',

    // Cells and rows that are not taken.
    'xlsxImport.noKey': '{sheet} rad {row}: raden har tall, men ingen nøkkel. Nye linjer legges til i appen.',
    'xlsxImport.unknownKey': '{sheet} rad {row}: nøkkelen «{key}» finnes ikke i scenarioet (linjen kan være fjernet etter eksporten).',
    'xlsxImport.duplicateKey': '{sheet} rad {row}: {key} står også i {firstSheet} rad {firstRow}; bare den første raden er lest.',
    'xlsxImport.formulaOverwritten':
      '{sheet}!{cell}: {label} {year} regnes med en formel; tallet {value} som er skrevet over formelen, tas ikke inn. Endre det linjen regnes av i stedet.',
    'xlsxImport.textInNumberCell': '{sheet}!{cell}: «{text}» i {label} {year} er ikke et tall.',
    'xlsxImport.errorCell': '{sheet}!{cell}: {label} {year} viser feilen {error}.',
    'xlsxImport.formulaNoValue':
      '{sheet}!{cell}: {label} {year} har en formel uten utregnet verdi. Åpne og lagre arbeidsboken i Excel eller LibreOffice, eller skriv inn tallet.',
    'xlsxImport.oneValueMixed': '{sheet} rad {row}: {label} har én verdi for alle år, men arbeidsboken gir {values} ulike verdier.',
    'xlsxImport.oneValueBlank': '{sheet}!{cell}: {label} kan ikke være tom.',
    'xlsxImport.flagValue': '{sheet}!{cell}: {label} må være 1 (på) eller 0 (av).',
    'xlsxImport.notEditable': '{sheet}!{cell}: {label} settes av appen og kan ikke endres i arbeidsboken.',
    'xlsxImport.yearOutside': '{sheet}: kolonnen {year} er utenfor scenarioets år ({first}–{last}).',

    // The preview.
    'xlsxImport.reading': 'Leser {file} …',
    'xlsxImport.summary':
      '{count, plural, =0 {Ingen endrede inndataceller} one {# endret inndatacelle} other {# endrede inndataceller}} · {refused, plural, =0 {ingenting avvist} other {# tas ikke inn}}',
    'xlsxImport.col.line': 'Linje',
    'xlsxImport.col.year': 'År',
    'xlsxImport.col.old': 'Nå',
    'xlsxImport.col.new': 'Fra Excel',
    'xlsxImport.col.unit': 'Enhet',
    'xlsxImport.col.cell': 'Celle',
    'xlsxImport.take': 'Ta inn {label} {year}',
    'xlsxImport.allYears': 'alle år',
    'xlsxImport.blank': '(tom)',
    'xlsxImport.changedHere': 'Også endret her etter eksporten; arbeidsboken hadde {value}. Ikke valgt.',
    'xlsxImport.refusedTitle': 'Tas ikke inn',
    'xlsxImport.selectAll': 'Velg alle',
    'xlsxImport.selectNone': 'Velg ingen',
    'xlsxImport.apply': 'Ta inn {count, plural, =0 {ingen endringer} one {# endring} other {# endringer}}',
    'xlsxImport.label': 'Endringer fra Excel ({count, plural, one {# celle} other {# celler}}, {file})',
    'xlsxImport.oneStep': 'Endringene blir ett steg som kan angres.',
  },
  en: {
    'cmd.importXlsx': 'Import changes from Excel …',
    'xlsxImport.title': 'Import changes from Excel',
    'xlsxImport.button': 'Changes from Excel …',

    'xlsxImport.tooLarge': '{file} is {size} MB, but a workbook to read can be at most {limit} MB. Nothing has been changed.',
    'xlsxImport.tooLargeUnpacked': '{file} unpacks to more than {limit} MB and is not read. Nothing has been changed.',
    'xlsxImport.notXlsx': '{file} is not an Excel workbook (.xlsx). Choose the workbook exported from Handlingsrom. Nothing has been changed.',
    'xlsxImport.damaged': 'The workbook {file} is damaged and cannot be read. Ask for a new copy, or open and save it again in Excel. Nothing has been changed.',
    'xlsxImport.notExport':
      '{file} is not an export from Handlingsrom (or from an older version): the sheet that says which scenario it came from is missing. Export the scenario to Excel again and send that file. Nothing has been changed.',
    'xlsxImport.otherScenario': '{file} was exported from the scenario “{name}”, not from “{current}”. Open “{name}” and import the changes there. Nothing has been changed.',

    'xlsxImport.noKey': '{sheet} row {row}: the row has numbers but no key. New lines are added in the app.',
    'xlsxImport.unknownKey': '{sheet} row {row}: the key “{key}” is not in the scenario (the line may have been removed since the export).',
    'xlsxImport.duplicateKey': '{sheet} row {row}: {key} is also in {firstSheet} row {firstRow}; only the first row is read.',
    'xlsxImport.formulaOverwritten':
      '{sheet}!{cell}: {label} {year} is computed by a formula; the number {value} typed over the formula is not taken. Change what the line is computed from instead.',
    'xlsxImport.textInNumberCell': '{sheet}!{cell}: “{text}” in {label} {year} is not a number.',
    'xlsxImport.errorCell': '{sheet}!{cell}: {label} {year} shows the error {error}.',
    'xlsxImport.formulaNoValue':
      '{sheet}!{cell}: {label} {year} holds a formula without a computed value. Open and save the workbook in Excel or LibreOffice, or type the number.',
    'xlsxImport.oneValueMixed': '{sheet} row {row}: {label} has one value for all years, but the workbook gives {values} different values.',
    'xlsxImport.oneValueBlank': '{sheet}!{cell}: {label} cannot be blank.',
    'xlsxImport.flagValue': '{sheet}!{cell}: {label} must be 1 (on) or 0 (off).',
    'xlsxImport.notEditable': '{sheet}!{cell}: {label} is set by the app and cannot be changed in the workbook.',
    'xlsxImport.yearOutside': '{sheet}: the column {year} is outside the scenario’s years ({first}–{last}).',

    'xlsxImport.reading': 'Reading {file} …',
    'xlsxImport.summary':
      '{count, plural, =0 {No changed input cells} one {# changed input cell} other {# changed input cells}} · {refused, plural, =0 {nothing refused} other {# not taken}}',
    'xlsxImport.col.line': 'Line',
    'xlsxImport.col.year': 'Year',
    'xlsxImport.col.old': 'Now',
    'xlsxImport.col.new': 'From Excel',
    'xlsxImport.col.unit': 'Unit',
    'xlsxImport.col.cell': 'Cell',
    'xlsxImport.take': 'Take {label} {year}',
    'xlsxImport.allYears': 'all years',
    'xlsxImport.blank': '(blank)',
    'xlsxImport.changedHere': 'Also changed here since the export; the workbook had {value}. Not selected.',
    'xlsxImport.refusedTitle': 'Not taken',
    'xlsxImport.selectAll': 'Select all',
    'xlsxImport.selectNone': 'Select none',
    'xlsxImport.apply': 'Take {count, plural, =0 {no changes} one {# change} other {# changes}}',
    'xlsxImport.label': 'Changes from Excel ({count, plural, one {# cell} other {# cells}}, {file})',
    'xlsxImport.oneStep': 'The changes become one step that can be undone.',
  },
});
