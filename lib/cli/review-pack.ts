/**
 * Writes the legal review pack: npm run review-pack -- --out DIR
 * DIR/review-pack.md (to read and sign) and DIR/review-pack.json (the shape in lib/review/schema.ts).
 * The JSON is validated before anything is written; an invalid pack (a line without a source or
 * status, for example) writes nothing and exits 1.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildReviewPack, renderMarkdown, signOffRows } from '../review/pack';
import { reviewPackSchema } from '../review/schema';

function outDir(argv: readonly string[]): string | null {
  const i = argv.indexOf('--out');
  const value = i >= 0 ? argv[i + 1] : undefined;
  return value && !value.startsWith('--') ? resolve(value) : null;
}

async function main(argv: readonly string[]): Promise<number> {
  const dir = outDir(argv);
  if (!dir) {
    process.stderr.write('usage: npm run review-pack -- --out DIR\n');
    return 2;
  }
  const pack = buildReviewPack();
  const checked = reviewPackSchema.safeParse(pack);
  if (!checked.success) {
    for (const issue of checked.error.issues) process.stderr.write(`invalid pack: ${issue.path.join('.')}: ${issue.message}\n`);
    return 1;
  }
  const markdown = renderMarkdown(checked.data, await signOffRows(), new Date().toISOString());
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'review-pack.json'), `${JSON.stringify(checked.data, null, 2)}\n`);
  writeFileSync(join(dir, 'review-pack.md'), markdown);
  process.stdout.write(`${join(dir, 'review-pack.md')}\n${join(dir, 'review-pack.json')}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  },
);
