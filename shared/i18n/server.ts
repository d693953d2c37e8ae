// Texts of `npm run server` on the command line: its options, the database it cannot reach and what to do, where it
// listens, and adding a user.
import { defineMessages } from './define';
export const server = defineMessages({
  nb: {
    'server.usage':
      'Bruk: npm run server -- --pg <tilkoblingsstreng> [--port N] [--host H] [--secure-cookies] [--trust-proxy] [--public-origin https://…] [--lang nb|en]\n' +
      '      npm run server -- --pg <tilkoblingsstreng> --add-user <navn> --role leser|redaktør|admin   (passordet spørres om, eller leses fra standard inn)',
    'server.badOption': 'Ukjent eller ufullstendig valg: {detail}',
    'server.noPg': 'Oppgi databasen med --pg, for eksempel --pg postgresql://handlingsrom@localhost/handlingsrom (se README, «Team server»).',
    'server.badUrl': 'Tilkoblingsstrengen kan ikke leses. Skriv den som postgresql://bruker@vert:5432/database (passordet helst i PGPASSWORD eller ~/.pgpass).',
    'server.unreachable': 'Får ikke kontakt med PostgreSQL på {where} ({detail}). Sjekk at databasetjeneren kjører, og at vert og port i --pg stemmer.',
    'server.noDatabase': 'Databasen «{database}» finnes ikke på {where}. Lag den (createdb {database}) og start igjen.',
    'server.authFailed': 'PostgreSQL avviste innloggingen på {where} ({detail}). Sjekk brukeren og passordet (PGPASSWORD eller ~/.pgpass) og pg_hba.conf.',
    'server.newerDatabase': 'Databasen er laget av en nyere versjon av Handlingsrom (skjema {found}, denne versjonen kan {supported}). Oppdater Handlingsrom; databasen er ikke endret.',
    'server.openFailed': 'Kunne ikke åpne databasen på {where}: {detail}',
    'server.badPort': 'Ugyldig port: {port}. Bruk et tall fra 0 til 65535.',
    'server.badOrigin': '--public-origin må være en adresse som https://budsjett.kommune.no (fikk «{got}»).',
    'server.portTaken': 'Kan ikke lytte på {host}:{port} ({detail}). Velg en annen port med --port eller en annen adresse med --host.',
    'server.noRenderer': 'Nettsidene er ikke bygget. Kjør npm run build:renderer og start igjen.',
    'server.listening': 'Teamtjeneren lytter på {url}',
    'server.database': 'Database: {where}',
    'server.localOnly': 'Den svarer bare på denne maskinen. Sett en TLS-proxy foran for å nå den fra andre (README, «Team server»).',
    'server.noAdmin': 'Ingen administrator ennå. Lag den første: npm run server -- --pg … --add-user <navn> --role admin',
    'server.badRole': '--role må være leser, redaktør eller admin (fikk «{got}»).',
    'server.passwordPrompt': 'Passord for {name} (minst {min} tegn): ',
    'server.noPassword': 'Fikk ikke noe passord. Skriv det når du blir spurt, eller send det på standard inn.',
    'server.userAdded': 'Brukeren «{name}» er lagt til som {role}.',
    'server.stopping': 'Teamtjeneren stopper.',
  },
  en: {
    'server.usage':
      'Usage: npm run server -- --pg <connection string> [--port N] [--host H] [--secure-cookies] [--trust-proxy] [--public-origin https://…] [--lang nb|en]\n' +
      '       npm run server -- --pg <connection string> --add-user <name> --role leser|redaktør|admin   (the password is asked for, or read from standard input)',
    'server.badOption': 'Unknown or incomplete option: {detail}',
    'server.noPg': 'Name the database with --pg, for example --pg postgresql://handlingsrom@localhost/handlingsrom (see the README, “Team server”).',
    'server.badUrl': 'The connection string cannot be read. Write it as postgresql://user@host:5432/database (the password preferably in PGPASSWORD or ~/.pgpass).',
    'server.unreachable': 'Cannot reach PostgreSQL at {where} ({detail}). Check that the database server runs and that host and port in --pg are right.',
    'server.noDatabase': 'The database “{database}” does not exist on {where}. Create it (createdb {database}) and start again.',
    'server.authFailed': 'PostgreSQL refused the login at {where} ({detail}). Check the user and password (PGPASSWORD or ~/.pgpass) and pg_hba.conf.',
    'server.newerDatabase': 'The database was made by a newer version of Handlingsrom (schema {found}, this version knows {supported}). Update Handlingsrom; the database was not changed.',
    'server.openFailed': 'Could not open the database at {where}: {detail}',
    'server.badPort': 'Invalid port: {port}. Use a number from 0 to 65535.',
    'server.badOrigin': '--public-origin must be an address like https://budget.municipality.no (got “{got}”).',
    'server.portTaken': 'Cannot listen on {host}:{port} ({detail}). Choose another port with --port or another address with --host.',
    'server.noRenderer': 'The web pages are not built. Run npm run build:renderer and start again.',
    'server.listening': 'The team server listens on {url}',
    'server.database': 'Database: {where}',
    'server.localOnly': 'It answers on this machine only. Put a TLS proxy in front to reach it from others (README, “Team server”).',
    'server.noAdmin': 'No administrator yet. Make the first: npm run server -- --pg … --add-user <name> --role admin',
    'server.badRole': '--role must be leser, redaktør or admin (got “{got}”).',
    'server.passwordPrompt': 'Password for {name} (at least {min} characters): ',
    'server.noPassword': 'No password was given. Type it when asked, or send it on standard input.',
    'server.userAdded': 'The user “{name}” was added as {role}.',
    'server.stopping': 'The team server stops.',
  },
});
