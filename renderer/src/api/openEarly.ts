// The app chunk's first import (mount.tsx): run as that chunk starts, before the rest of its code, it asks for the
// scenario the app opens first (api/boot.ts), so the back end opens it while the page runs the app's code.
import { openFirst } from './boot';

openFirst();
