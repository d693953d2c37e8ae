// Every operation the page may ask of its own back end through the one api interface (contract.ts Api; the
// transports in renderer/src/api/transport.ts): the scenario service's (ops.ts) and the laptop's team-server
// operations (syncOps.ts). The desktop's preload and main process bind exactly these to IPC; the web mode's server
// answers each at /api/<name>. No dependencies, so the preload bundle stays tiny.
import { opNames } from './ops';
import { syncOpNames } from './syncOps';

export const callNames = [...opNames, ...syncOpNames] as const;
export type CallName = (typeof callNames)[number];
