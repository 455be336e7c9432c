import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMessages } from '../../../lib/i18n/load-messages';
import { OUTCOME_CODES, REASON_CODES } from '../../../lib/prompts/outcomes';
import { ROLES } from '../../../lib/roles';
import { evidenceKindLabel, outcomeLabel, reasonLabel, roleLabel } from '../../../components/sidebar/labels';

const messages = loadMessages(process.cwd());
const dir = join(process.cwd(), 'components', 'sidebar');
const sources = readdirSync(dir)
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => readFileSync(join(dir, f), 'utf8'));

describe('sidebar strings', () => {
  it('has an English message for every literal t() key the components use', () => {
    const keys = new Set(sources.flatMap((s) => [...s.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1]!)));
    // Keys chosen with a ternary: t(cond ? 'a' : 'b').
    // (Prefixes passed to key() in labels.ts are checked by the next test.)
    for (const s of sources) for (const m of s.matchAll(/(?<!key\()'(sidebar_[A-Za-z0-9_]+)'/g)) keys.add(m[1]!);
    expect(keys.size).toBeGreaterThan(20);
    const missing = [...keys].filter((k) => !messages[k]);
    expect(missing).toEqual([]);
  });

  it('labels every outcome, reason, role and evidence kind (never showing a raw key)', () => {
    for (const code of OUTCOME_CODES) expect(outcomeLabel(code)).not.toMatch(/^outcome_/);
    for (const code of REASON_CODES) expect(reasonLabel(code)).not.toMatch(/^reason_/);
    for (const role of ROLES) expect(roleLabel(role)).not.toMatch(/^sidebar_/);
    for (const kind of ['cjs-code', 'citation', 'title', 'wording', 'prose'] as const) {
      expect(evidenceKindLabel(kind)).not.toMatch(/^sidebar_/);
    }
  });

  it('keeps UI text out of the components (no bare text between JSX tags)', () => {
    for (const s of sources) {
      // Text nodes made of letters, e.g. ">Record<", are not allowed: they must come from t().
      expect(s).not.toMatch(/>\s*[A-Za-z][A-Za-z ,.'!?]{2,}\s*</);
    }
  });
});
