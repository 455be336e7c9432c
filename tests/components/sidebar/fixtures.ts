import type { RecognisedOffence } from '../../../lib/detect/types';

/** The s.66B(2) offence as the detector reports it, found by its CJS code at `start` (tests of the sidebar). */
export function sharingOffence(start = 10): RecognisedOffence {
  return {
    id: 'soa2003-s66b-2',
    title: 'Sharing intimate photograph or film',
    citation: 'SOA 2003 s.66B(2)',
    category: 'intimate-image',
    evidence: [{ kind: 'cjs-code', text: 'SX03250', start, end: start + 7 }],
  };
}
