// zod, configured for the renderer's Content-Security-Policy (no eval): by default zod compiles a fast parser for
// each object schema with `new Function`, probing first whether it may, and the probe alone is reported as a CSP
// violation. Jitless must be set before the first object schema is built, so every schema module takes `z` from
// here (an ESLint rule keeps it so).
import { z } from 'zod';

z.config({ jitless: true });

export { z };
