import { z } from 'zod';

/**
 * zod 4 probes the Function constructor to decide whether to compile faster parsers. Under the extension's
 * CSP the probe fails harmlessly, but it is still an eval attempt: switch it off. Import this module
 * first in every entrypoint that parses with zod.
 */
z.config({ jitless: true });
