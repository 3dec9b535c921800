// Eleventy loads `.eleventy.ts` with Node's own import(), which needs tsx's
// loader; the npm scripts run under tsx, and this gives tests the same.
import { register } from "tsx/esm/api";

register();
