// Texts of the imports concept (SSB population projections, KOSTRA unit costs, budget vs accounts): the same keys
// in both languages. Placeholders are written {name}.
import { defineMessages } from './define';
export const imports = defineMessages({
  nb: {
    // Where a problem is.
    'imports.atLine': 'Linje {line}: {message}',
    'imports.atCell': 'Linje {line}, kolonne {column}: {message}',
    'imports.atCellNamed': 'Linje {line}, kolonne {column} («{name}»): {message}',
    'imports.moreErrors': '… og {count} feil til.',
    'imports.internalError': 'Filen kunne ikke leses på grunn av en feil i programmet. Ingenting er importert.',

    // The file as a whole.
    'imports.tooLarge':
      'Filen er {size} MB, men en importfil kan være høyst {limit} MB. Velg færre regioner eller år i statistikkbanken og last ned på nytt.',
    'imports.empty': 'Filen er tom.',
    'imports.excelFile': 'Dette er en Excel-arbeidsbok. Lagre den som CSV (semikolondelt) i Excel og importer CSV-filen.',
    'imports.notText': 'Filen er ikke en tekstfil (CSV eller JSON).',
    'imports.badUtf8': 'Filen sier at den er UTF-8, men inneholder tegn som ikke er gyldig UTF-8.',

    // CSV structure.
    'imports.noSeparator':
      'Fant ingen kolonner: linjene er ikke delt med semikolon, komma eller tabulator. Last ned filen som CSV på nytt.',
    'imports.unclosedQuote': 'Anførselstegnet som begynner her, blir aldri avsluttet.',
    'imports.quoteSpansLines':
      'Anførselstegnet som begynner her, avsluttes ikke på samme linje, men først på linje {end}. Mangler det et anførselstegn?',
    'imports.mixedSeparators':
      'Linjen er delt med «{found}», men resten av filen med «{expected}». Bruk samme skilletegn i hele filen.',
    'imports.tooFewCells':
      'Linjen har {found} kolonner, men overskriften har {expected} (skilletegn «{separator}»). Mangler det et skilletegn, eller er et annet brukt?',
    'imports.tooManyCells':
      'Linjen har {found} kolonner, men overskriften har {expected} (skilletegn «{separator}»). Står det et skilletegn inne i en tekst uten anførselstegn?',
    'imports.columnIgnored': 'Kolonnen «{name}» er ikke brukt.',
    'imports.emptyCell': 'Cellen er tom; her skal det stå et tall.',

    // Skipped lines and cells; {text} is what the line or cell held.
    'imports.skip.title': 'tittellinje hoppet over: «{text}»',
    'imports.skip.note': 'merknad etter tabellen hoppet over: «{text}»',
    'imports.skip.totalAge': 'sum for alle aldre hoppet over (aldersgruppene summeres selv): «{text}»',
    'imports.skip.totalRow': 'sumlinje hoppet over (summen regnes ut): «{text}»',
    'imports.skip.missingNumber': 'linjen mangler tall og er hoppet over: «{text}»',
    'imports.skip.afterTotal': 'linje etter sumlinjen hoppet over: «{text}»',

    // SSB population projections.
    'imports.ssb.missingAge': 'Fant ingen kolonne for alder (som «alder» med verdier som «0 år» eller «80-89 år»).',
    'imports.ssb.missingYear':
      'Fant ikke årene: tabellen må ha en kolonne per år (som «Hovedalternativet (MMMM) 2024») eller en kolonne «år».',
    'imports.ssb.noValueColumns':
      'Fant ingen kolonner med folketall: overskriften må ha en kolonne per år (som «Hovedalternativet (MMMM) 2024») eller en kolonne «år» og en kolonne med tall.',
    'imports.ssb.duplicateColumn': 'Kolonnen «{name}» finnes to ganger.',
    'imports.ssb.unknownAge': '«{text}» er ikke en alder eller aldersgruppe (som «0 år», «80-89 år» eller «105 år eller eldre»).',
    'imports.ssb.unknownSex': '«{text}» er ikke et kjønn (Menn, Kvinner eller Begge kjønn).',
    'imports.ssb.badYear': '«{text}» er ikke et årstall.',
    'imports.ssb.symbol':
      '«{text}» er SSBs tegn for at tallet mangler. Velg en tabell eller et utvalg der alle tallene finnes.',
    'imports.ssb.notACount': '«{text}» er ikke et antall personer.',
    'imports.ssb.negative': '«{text}» er negativt; et folketall kan ikke være det.',
    'imports.ssb.duplicate': 'Tallet for {what} i {year} står to ganger (første gang på linje {first}).',
    'imports.ssb.chooseRegion': 'Filen har tall for {count} regioner ({list}). Velg hvilken som skal importeres.',
    'imports.ssb.chooseAlternative':
      'Filen har {count} framskrivingsalternativer ({list}). Velg hvilket som skal importeres.',
    'imports.ssb.unknownRegion': 'Regionen «{value}» finnes ikke i filen. Filen har: {list}.',
    'imports.ssb.unknownAlternative': 'Alternativet «{value}» finnes ikke i filen. Filen har: {list}.',
    'imports.ssb.noData': 'Filen har ingen folketall for valgt region og alternativ.',
    'imports.ssb.ageOverlap':
      'Aldersgruppene «{a}» og «{b}» overlapper. Last ned enten ettårige aldre eller aldersgrupper, ikke begge.',
    'imports.ssb.ageGap': 'Filen har ingen tall for alder {from}–{to} år.',
    'imports.ssb.yearGap': 'Filen har ingen tall for årene {from}–{to}.',
    'imports.ssb.missingValue': 'Tallet for {age} i {year} mangler.',
    'imports.ssb.missingSexValue': 'Tallet for {sex}, {age} i {year} mangler, så kjønnene kan ikke legges sammen.',
    'imports.ssb.oneSexOnly':
      'Filen har bare tall for {sex}. Last ned tall for begge kjønn (eller «Begge kjønn») for å få hele befolkningen.',
    'imports.ssb.sexesIgnored': 'Filen har både «{total}» og hvert kjønn for seg; bare «{total}» er brukt.',
    'imports.ssb.totalMismatch': 'For {age} i {year} er summen for begge kjønn {total}, men menn og kvinner til sammen {sum}.',
    'imports.ssb.moreMismatches': '… og {count} slike avvik til.',

    // JSON-stat.
    'imports.json.syntax': 'Filen er ikke gyldig JSON.',
    'imports.json.notJsonStat': 'Filen er JSON, men ikke et JSON-stat 2.0-datasett (som SSBs API leverer).',
    'imports.json.badDimension': 'Dimensjonen «{name}» er ufullstendig beskrevet.',
    'imports.json.unknownDimension':
      'Dimensjonen «{name}» er ikke region, kjønn, alder, statistikkvariabel eller år. Velg én verdi for den i spørringen.',
    'imports.json.sizeMismatch': 'Datasettet skal ha {expected} verdier, men har {found}.',
    'imports.json.tooManyCells': 'Datasettet beskriver {count} celler; det er for mange for én import.',
    'imports.json.missingValue': 'Tallet for {what} mangler (SSB-tegn «{symbol}»).',
    'imports.json.badValue': 'Verdien for {what} er ikke et folketall: {text}.',

    // Ages of the file to the scenario's age groups.
    'imports.aggregate.invalidGroup': 'Aldersgruppen «{group}» har ugyldige aldersgrenser.',
    'imports.aggregate.overlap': 'Aldersgruppene «{a}» og «{b}» overlapper.',
    'imports.aggregate.splitsSource':
      'Aldersgruppen «{group}» deler filens gruppe «{source}». Velg grenser som følger filens grupper, eller last ned ettårige aldre.',
    'imports.aggregate.notCovered': 'Filen har ingen tall for {ages}, som hører til aldersgruppen «{group}».',
    'imports.aggregate.leftOut': 'Aldrene {ages} hører ikke til noen aldersgruppe og er ikke tatt med.',
    'imports.aggregate.openEndTruncated': 'Filen slutter ved {age} år, så «{group}» har bare tall til og med {age} år.',

    // KOSTRA unit costs.
    'imports.kostra.missingOwn': 'Fant ingen kolonne med kommunens enhetskostnad (som «Enhetskostnad Drammen»).',
    'imports.kostra.missingPeer':
      'Fant ingen kolonne med sammenligningsgruppens enhetskostnad (som «KOSTRA-gruppe 12» eller «ASSS-snitt»).',
    'imports.kostra.missingVolume': 'Fant ingen kolonne med kommunens volum (som «Volum» eller «Antall brukere»).',
    'imports.kostra.noService': 'Linjen har tall, men ikke navnet på tjenesten.',
    'imports.kostra.negative': '«{text}» er negativt; en enhetskostnad eller et volum kan ikke være det.',
    'imports.kostra.noRows': 'Filen har ingen tjenester med alle tre tall.',
    'imports.kostra.severalPeers': 'Filen har flere sammenligninger ({list}); «{used}» er brukt.',
    'imports.kostra.unknownPeer': 'Sammenligningen «{value}» finnes ikke i filen. Filen har: {list}.',

    // Budget vs accounts.
    'imports.accounts.missingLabel': 'Fant ingen kolonne med tjenesteområde.',
    'imports.accounts.missingBudget': 'Fant ingen kolonne med budsjett (som «Revidert budsjett 2023»).',
    'imports.accounts.missingAccounts': 'Fant ingen kolonne med regnskap (som «Regnskap 2023»).',
    'imports.accounts.noRows': 'Filen har ingen tjenesteområder med budsjett og regnskap.',
    'imports.accounts.twoTotals': 'Filen har to sumlinjer (den første på linje {first}).',
    'imports.accounts.deviationMismatch':
      'Avviket for {area} står som {stated}, men budsjett minus regnskap er {computed}.',
    'imports.accounts.deviationMismatchReversed':
      'Avviket for {area} står som {stated}, men regnskap minus budsjett er {computed}.',
    'imports.accounts.percentMismatch': 'Avviket for {area} står som {stated} %, men regnet ut er det {computed} %.',
    'imports.accounts.sumMismatch': 'Summen står som {stated}, men linjene over summerer til {computed}.',
    'imports.accounts.reversedSign':
      'Avvikene i filen er regnet som regnskap minus budsjett (positivt = merforbruk); de vises med samme fortegn.',

    // Previews.
    'imports.preview.failed': 'Filen kan ikke importeres, og ingenting er endret. Antall feil: {count}.',
    'imports.preview.population': 'Befolkningsframskriving for {region}, {alternative}.',
    'imports.preview.noRegion': 'region ikke oppgitt',
    'imports.preview.noAlternative': 'alternativ ikke oppgitt',
    'imports.preview.sourceCsv': 'Lest som CSV ({encoding}, skilletegn «{separator}»).',
    'imports.preview.sourceJson': 'Lest som JSON-stat ({encoding}).',
    'imports.preview.decodedText': 'tekst',
    'imports.preview.shape': '{ages} aldersgrupper fra «{firstAge}» til «{lastAge}», {years} år fra {firstYear} til {lastYear}.',
    'imports.preview.sexes.total': 'Tallene for begge kjønn er brukt.',
    'imports.preview.sexes.summed': 'Menn og kvinner er lagt sammen.',
    'imports.preview.sexes.none': 'Filen skiller ikke mellom kjønn.',
    'imports.preview.totals': 'Folketall i alt: {first} i {firstYear} og {last} i {lastYear}.',
    'imports.preview.group': '{group}: {first} i {firstYear}, {last} i {lastYear}.',
    'imports.preview.groupsFailed': 'Tallene kan ikke fordeles på scenarioets aldersgrupper:',
    'imports.preview.otherRegions': 'Ikke importert, andre regioner i filen: {list}.',
    'imports.preview.otherAlternatives': 'Ikke importert, andre alternativer i filen: {list}.',
    'imports.preview.nothingSkipped': 'Ingen linjer er hoppet over.',
    'imports.preview.skipped': 'Hoppet over ({count}):',
    'imports.preview.andMore': '… og {count} til.',
    'imports.preview.kostra': 'Tjenester: {count}. «{own}» sammenlignet med «{peer}», volum fra «{volume}».',
    'imports.preview.kostraService':
      '{service}: {own} mot {peer} per enhet, volum {volume}, teoretisk innsparingspotensial {potential} {unit}.',
    'imports.preview.kostraTotal':
      'Teoretisk innsparingspotensial i alt: {total} {unit} (netto); {positive} {unit} i tjenestene som er dyrere enn sammenligningen.',
    'imports.preview.accounts': 'Tjenesteområder: {count}. «{budget}» mot «{accounts}» ({unit}).',
    'imports.preview.accountsRow': '{area}: budsjett {budget}, regnskap {accounts}, avvik {deviation} ({percent}).',
    'imports.preview.accountsRowFlagged':
      '{area}: budsjett {budget}, regnskap {accounts}, avvik {deviation} ({percent}) – over terskelen.',
    'imports.preview.accountsReconcile': 'Alle oppgitte avvik og summer stemmer med budsjett og regnskap (innenfor avrunding).',
    'imports.preview.accountsMismatches': 'Oppgitte tall som ikke stemmer ({count}):',
  },
  en: {
    'imports.atLine': 'Line {line}: {message}',
    'imports.atCell': 'Line {line}, column {column}: {message}',
    'imports.atCellNamed': 'Line {line}, column {column} (“{name}”): {message}',
    'imports.moreErrors': '… and {count} more.',
    'imports.internalError': 'The file could not be read because of an error in the program. Nothing was imported.',

    'imports.tooLarge':
      'The file is {size} MB, but an import file may be at most {limit} MB. Choose fewer regions or years in the statistics bank and download it again.',
    'imports.empty': 'The file is empty.',
    'imports.excelFile': 'This is an Excel workbook. Save it as CSV (semicolon-separated) in Excel and import the CSV file.',
    'imports.notText': 'The file is not a text file (CSV or JSON).',
    'imports.badUtf8': 'The file says it is UTF-8 but contains characters that are not valid UTF-8.',

    'imports.noSeparator':
      'No columns found: the lines are not separated by semicolons, commas or tabs. Download the file as CSV again.',
    'imports.unclosedQuote': 'The quotation mark that starts here is never closed.',
    'imports.quoteSpansLines':
      'The quotation mark that starts here is not closed on the same line, but only on line {end}. Is a quotation mark missing?',
    'imports.mixedSeparators':
      'This line is separated by “{found}”, but the rest of the file by “{expected}”. Use one separator throughout the file.',
    'imports.tooFewCells':
      'The line has {found} columns, but the header has {expected} (separator “{separator}”). Is a separator missing, or is another one used?',
    'imports.tooManyCells':
      'The line has {found} columns, but the header has {expected} (separator “{separator}”). Is there a separator inside text without quotation marks?',
    'imports.columnIgnored': 'The column “{name}” is not used.',
    'imports.emptyCell': 'The cell is empty; a number belongs here.',

    'imports.skip.title': 'title line skipped: “{text}”',
    'imports.skip.note': 'note after the table skipped: “{text}”',
    'imports.skip.totalAge': 'total of all ages skipped (the age groups are summed instead): “{text}”',
    'imports.skip.totalRow': 'sum row skipped (the sum is computed): “{text}”',
    'imports.skip.missingNumber': 'the line lacks a number and was skipped: “{text}”',
    'imports.skip.afterTotal': 'line after the sum row skipped: “{text}”',

    'imports.ssb.missingAge': 'No column for age found (such as “alder” with values like “0 år” or “80-89 år”).',
    'imports.ssb.missingYear':
      'The years were not found: the table needs a column per year (such as “Hovedalternativet (MMMM) 2024”) or a column “år”.',
    'imports.ssb.noValueColumns':
      'No columns of population numbers found: the header needs a column per year (such as “Hovedalternativet (MMMM) 2024”) or a column “år” and a column of numbers.',
    'imports.ssb.duplicateColumn': 'The column “{name}” occurs twice.',
    'imports.ssb.unknownAge': '“{text}” is not an age or age group (such as “0 år”, “80-89 år” or “105 år eller eldre”).',
    'imports.ssb.unknownSex': '“{text}” is not a sex (Menn, Kvinner or Begge kjønn).',
    'imports.ssb.badYear': '“{text}” is not a year.',
    'imports.ssb.symbol':
      '“{text}” is Statistics Norway’s symbol for a missing number. Choose a table or selection in which all numbers exist.',
    'imports.ssb.notACount': '“{text}” is not a number of persons.',
    'imports.ssb.negative': '“{text}” is negative; a population cannot be.',
    'imports.ssb.duplicate': 'The number for {what} in {year} occurs twice (first on line {first}).',
    'imports.ssb.chooseRegion': 'The file has numbers for {count} regions ({list}). Choose which one to import.',
    'imports.ssb.chooseAlternative': 'The file has {count} projection alternatives ({list}). Choose which one to import.',
    'imports.ssb.unknownRegion': 'The region “{value}” is not in the file. The file has: {list}.',
    'imports.ssb.unknownAlternative': 'The alternative “{value}” is not in the file. The file has: {list}.',
    'imports.ssb.noData': 'The file has no population numbers for the chosen region and alternative.',
    'imports.ssb.ageOverlap':
      'The age groups “{a}” and “{b}” overlap. Download either single years of age or age groups, not both.',
    'imports.ssb.ageGap': 'The file has no numbers for ages {from}–{to}.',
    'imports.ssb.yearGap': 'The file has no numbers for the years {from}–{to}.',
    'imports.ssb.missingValue': 'The number for {age} in {year} is missing.',
    'imports.ssb.missingSexValue': 'The number for {sex}, {age} in {year} is missing, so the sexes cannot be added up.',
    'imports.ssb.oneSexOnly':
      'The file only has numbers for {sex}. Download numbers for both sexes (or “Begge kjønn”) to get the whole population.',
    'imports.ssb.sexesIgnored': 'The file has both “{total}” and each sex separately; only “{total}” is used.',
    'imports.ssb.totalMismatch': 'For {age} in {year} the total for both sexes is {total}, but men and women add up to {sum}.',
    'imports.ssb.moreMismatches': '… and {count} more such differences.',

    'imports.json.syntax': 'The file is not valid JSON.',
    'imports.json.notJsonStat': 'The file is JSON, but not a JSON-stat 2.0 dataset (as Statistics Norway’s API delivers).',
    'imports.json.badDimension': 'The dimension “{name}” is incompletely described.',
    'imports.json.unknownDimension':
      'The dimension “{name}” is not region, sex, age, statistic or year. Select a single value for it in the query.',
    'imports.json.sizeMismatch': 'The dataset should have {expected} values, but has {found}.',
    'imports.json.tooManyCells': 'The dataset describes {count} cells; that is too many for one import.',
    'imports.json.missingValue': 'The number for {what} is missing (Statistics Norway symbol “{symbol}”).',
    'imports.json.badValue': 'The value for {what} is not a population number: {text}.',

    'imports.aggregate.invalidGroup': 'The age group “{group}” has invalid age limits.',
    'imports.aggregate.overlap': 'The age groups “{a}” and “{b}” overlap.',
    'imports.aggregate.splitsSource':
      'The age group “{group}” splits the file’s group “{source}”. Choose limits that follow the file’s groups, or download single years of age.',
    'imports.aggregate.notCovered': 'The file has no numbers for {ages}, which belong to the age group “{group}”.',
    'imports.aggregate.leftOut': 'The ages {ages} belong to no age group and are left out.',
    'imports.aggregate.openEndTruncated': 'The file ends at age {age}, so “{group}” only has numbers up to age {age}.',

    'imports.kostra.missingOwn': 'No column with the municipality’s unit cost found (such as “Enhetskostnad Drammen”).',
    'imports.kostra.missingPeer':
      'No column with the peer group’s unit cost found (such as “KOSTRA-gruppe 12” or “ASSS-snitt”).',
    'imports.kostra.missingVolume': 'No column with the municipality’s volume found (such as “Volum” or “Antall brukere”).',
    'imports.kostra.noService': 'The line has numbers but not the name of the service.',
    'imports.kostra.negative': '“{text}” is negative; a unit cost or a volume cannot be.',
    'imports.kostra.noRows': 'The file has no services with all three numbers.',
    'imports.kostra.severalPeers': 'The file has several comparisons ({list}); “{used}” is used.',
    'imports.kostra.unknownPeer': 'The comparison “{value}” is not in the file. The file has: {list}.',

    'imports.accounts.missingLabel': 'No column with the programme area found.',
    'imports.accounts.missingBudget': 'No budget column found (such as “Revidert budsjett 2023”).',
    'imports.accounts.missingAccounts': 'No accounts column found (such as “Regnskap 2023”).',
    'imports.accounts.noRows': 'The file has no programme areas with budget and accounts.',
    'imports.accounts.twoTotals': 'The file has two sum rows (the first on line {first}).',
    'imports.accounts.deviationMismatch': 'The deviation for {area} is stated as {stated}, but budget minus accounts is {computed}.',
    'imports.accounts.deviationMismatchReversed':
      'The deviation for {area} is stated as {stated}, but accounts minus budget is {computed}.',
    'imports.accounts.percentMismatch': 'The deviation for {area} is stated as {stated} %, but computes to {computed} %.',
    'imports.accounts.sumMismatch': 'The sum is stated as {stated}, but the lines above add up to {computed}.',
    'imports.accounts.reversedSign':
      'The file’s deviations are accounts minus budget (positive = overspending); they are shown with the same sign.',

    'imports.preview.failed': 'The file cannot be imported, and nothing was changed. Errors: {count}.',
    'imports.preview.population': 'Population projection for {region}, {alternative}.',
    'imports.preview.noRegion': 'region not given',
    'imports.preview.noAlternative': 'alternative not given',
    'imports.preview.sourceCsv': 'Read as CSV ({encoding}, separator “{separator}”).',
    'imports.preview.sourceJson': 'Read as JSON-stat ({encoding}).',
    'imports.preview.decodedText': 'text',
    'imports.preview.shape': '{ages} age groups from “{firstAge}” to “{lastAge}”, {years} years from {firstYear} to {lastYear}.',
    'imports.preview.sexes.total': 'The numbers for both sexes are used.',
    'imports.preview.sexes.summed': 'Men and women are added up.',
    'imports.preview.sexes.none': 'The file does not distinguish sexes.',
    'imports.preview.totals': 'Total population: {first} in {firstYear} and {last} in {lastYear}.',
    'imports.preview.group': '{group}: {first} in {firstYear}, {last} in {lastYear}.',
    'imports.preview.groupsFailed': 'The numbers cannot be divided into the scenario’s age groups:',
    'imports.preview.otherRegions': 'Not imported, other regions in the file: {list}.',
    'imports.preview.otherAlternatives': 'Not imported, other alternatives in the file: {list}.',
    'imports.preview.nothingSkipped': 'No lines were skipped.',
    'imports.preview.skipped': 'Skipped ({count}):',
    'imports.preview.andMore': '… and {count} more.',
    'imports.preview.kostra': 'Services: {count}. “{own}” compared with “{peer}”, volume from “{volume}”.',
    'imports.preview.kostraService':
      '{service}: {own} against {peer} per unit, volume {volume}, theoretical savings potential {potential} {unit}.',
    'imports.preview.kostraTotal':
      'Theoretical savings potential in total: {total} {unit} (net); {positive} {unit} in the services dearer than the comparison.',
    'imports.preview.accounts': 'Programme areas: {count}. “{budget}” against “{accounts}” ({unit}).',
    'imports.preview.accountsRow': '{area}: budget {budget}, accounts {accounts}, deviation {deviation} ({percent}).',
    'imports.preview.accountsRowFlagged':
      '{area}: budget {budget}, accounts {accounts}, deviation {deviation} ({percent}) – above the threshold.',
    'imports.preview.accountsReconcile': 'All stated deviations and sums agree with budget and accounts (within rounding).',
    'imports.preview.accountsMismatches': 'Stated numbers that do not agree ({count}):',
  },
});
