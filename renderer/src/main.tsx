// The page's entry, small on purpose: it asks for the first view's data (api/boot.ts), then loads the app
// (mount.tsx), so the back end answers while the app's code downloads, parses and runs.
import { startBoot } from './api/boot';
import { isTeamMode } from './team/mode';

if (!isTeamMode()) startBoot();
void import('./mount');
