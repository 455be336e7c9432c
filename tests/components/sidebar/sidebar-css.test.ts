import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(process.cwd(), 'components', 'sidebar', 'sidebar.css'), 'utf8');
const code = css.replace(/\/\*[\s\S]*?\*\//g, '');

describe('sidebar.css', () => {
  it('makes no network requests (no url(), @import or web fonts)', () => {
    expect(code).not.toMatch(/url\s*\(/i);
    expect(code).not.toMatch(/@import/i);
    expect(code).not.toMatch(/@font-face/i);
  });

  it('clamps the base font size around 1rem with px limits, so hostile root sizes cannot break it', () => {
    expect(code).toMatch(/font-size:\s*clamp\(calc\(14px[^;]*1rem[^;]*22px/);
    // No other rem-based sizes: everything else is relative to the clamped base.
    const rems = code.match(/[\d.]+rem/g) ?? [];
    expect(rems).toEqual(['1rem']);
  });

  it('scales up in presenter mode', () => {
    expect(code).toMatch(/\[data-presenter='true'\]\s*\{\s*--dor-scale:\s*1\.35/);
  });

  it('has a visible 3px GOV.UK yellow focus style', () => {
    expect(code).toMatch(/--dor-focus:\s*#ffdd00/i);
    expect(code).toMatch(/:focus-visible\s*\{[^}]*outline:\s*3px solid var\(--dor-focus\)/);
  });

  it('supports forced colours and reduced motion', () => {
    expect(code).toMatch(/@media \(forced-colors: active\)[\s\S]*border:[^;]*CanvasText/);
    expect(code).toMatch(/@media \(prefers-reduced-motion: reduce\)[\s\S]*transition:\s*none/);
  });

  it('hides the collapsed body and never sizes the panel wider than the viewport', () => {
    expect(code).toMatch(/\.dor-body\[inert\]\s*\{\s*display:\s*none/);
    expect(code).toMatch(/max-width:\s*100vw/);
  });
});
