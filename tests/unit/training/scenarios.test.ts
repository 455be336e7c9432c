import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ROLES } from '../../../lib/roles';
import { OFFENCES } from '../../../lib/offences/catalogue';
import {
  REQUIRED_COVERAGE,
  TRAINING_MARKER,
  TRAINING_SCENARIOS,
  TRAINING_URN_PATTERN,
  URN_SHAPE,
  expectedSidebar,
  scenarioById,
  trainingFiles,
  trainingPath,
} from '../../../lib/training/scenarios';
import { TEACHING_POINTS, TEACHING_POINTS_BY_ROLE, teachingPointsFor } from '../../../lib/training/teaching-points';
import { OFFICIAL_HOSTS, SOURCES } from '../../../lib/prompts/sources';
import {
  TRAINING_DIR,
  bichardForceCodes,
  bichardTitles,
  listTrainingFiles,
  parseTraining,
  readTraining,
  visibleText,
} from './training-files';

const scenarioSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  file: z.string().regex(/^[a-z0-9-]+\.html$/),
  title: z.string().min(10),
  system: z.enum(['common-platform', 'register', 'cps-review', 'bail-note', 'sjp', 'spa']),
  verdict: z.enum(['match', 'possible', 'iioc', 'none']),
  offenceIds: z.array(z.string()),
  sidebar: z.enum(['open', 'indicator', 'none']),
  coverage: z.array(z.string()).min(1),
  urn: z.string().regex(TRAINING_URN_PATTERN).nullable(),
  summary: z.string().min(10),
  spa: z.object({ search: z.string(), linkText: z.string().nullable(), readyText: z.string().min(1) }).strict().optional(),
}).strict();

describe('training scenario table', () => {
  it('is valid data with unique ids', () => {
    for (const s of TRAINING_SCENARIOS) expect(() => scenarioSchema.parse(s), s.id).not.toThrow();
    const ids = TRAINING_SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has at least 12 scenarios and covers the required list', () => {
    expect(TRAINING_SCENARIOS.length).toBeGreaterThanOrEqual(12);
    const covered = new Set(TRAINING_SCENARIOS.flatMap((s) => s.coverage));
    for (const tag of REQUIRED_COVERAGE) expect(covered.has(tag), tag).toBe(true);
    // Each s.66B subsection has its own page, not only a mention.
    for (const sub of ['1', '2', '3', '4']) {
      expect(TRAINING_SCENARIOS.some((s) => s.offenceIds.includes(`soa2003-s66b-${sub}`) && s.system === 'common-platform')).toBe(true);
    }
  });

  it('expects the sidebar behaviour that follows from the verdict', () => {
    for (const s of TRAINING_SCENARIOS) expect(s.sidebar, s.id).toBe(expectedSidebar(s.verdict));
    expect(expectedSidebar('iioc')).toBe('none');
  });

  it('names offences exactly when the verdict is match or iioc, using catalogue ids', () => {
    const known = new Set(OFFENCES.map((o) => o.id));
    for (const s of TRAINING_SCENARIOS) {
      const named = s.verdict === 'match' || s.verdict === 'iioc';
      expect(s.offenceIds.length > 0, s.id).toBe(named);
      for (const id of s.offenceIds) expect(known.has(id), `${s.id}: ${id}`).toBe(true);
    }
  });

  it('routes the IIOC scenario to iioc offences only', () => {
    const iioc = TRAINING_SCENARIOS.filter((s) => s.verdict === 'iioc');
    expect(iioc.length).toBeGreaterThan(0);
    for (const s of iioc) {
      for (const id of s.offenceIds) expect(OFFENCES.find((o) => o.id === id)?.category).toBe('iioc');
    }
  });

  it('gives every SPA view a route and every other scenario none', () => {
    for (const s of TRAINING_SCENARIOS) {
      expect(Boolean(s.spa), s.id).toBe(s.system === 'spa');
      expect(trainingPath(s).startsWith(`/training/${s.file}`)).toBe(true);
    }
    expect(scenarioById('spa-case-s66b4')?.spa?.linkText).toBe('Open case 09TR2610044');
    expect(scenarioById('no-such-scenario')).toBeUndefined();
  });

  it('points at files that exist', () => {
    for (const file of trainingFiles()) expect(existsSync(join(TRAINING_DIR, file)), file).toBe(true);
  });
});

describe('training pages', () => {
  const pages = listTrainingFiles('.html');

  it('include every scenario file, the index and the guide', () => {
    for (const f of [...trainingFiles(), 'index.html', 'guide.html']) expect(pages).toContain(f);
  });

  it.each(pages)('%s is marked TRAINING in the title and a banner, in British English', (file) => {
    const doc = parseTraining(file);
    expect(doc.documentElement.getAttribute('lang')).toBe('en-GB');
    expect(doc.title).toContain(TRAINING_MARKER);
    const banner = doc.querySelector('header .training-banner');
    expect(banner?.textContent).toContain(TRAINING_MARKER);
  });

  it.each(pages)('%s has landmarks, one h1 and scoped table headers', (file) => {
    const doc = parseTraining(file);
    expect(doc.querySelectorAll('header').length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('main#main').length).toBe(1);
    expect(doc.querySelectorAll('footer').length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('h1').length, file).toBe(1);
    if (file === 'spa.html') expect(doc.querySelector('#spa-root h1')).not.toBeNull();
    for (const th of doc.querySelectorAll('th')) expect(th.getAttribute('scope'), file).toMatch(/^(col|row)$/);
  });

  it.each(pages)('%s is CSP-safe: external scripts only, no handlers, no external hosts', (file) => {
    const html = readTraining(file);
    const doc = parseTraining(file);
    const scripts = [...doc.querySelectorAll('script')];
    for (const s of scripts) {
      expect(s.getAttribute('src'), file).toMatch(/^[a-z-]+\.js$/);
      expect(s.textContent?.trim(), file).toBe('');
    }
    // The shared loader is the last script, at the end of body.
    expect(scripts.at(-1)?.getAttribute('src')).toBe('training-page.js');
    expect(doc.body.lastElementChild?.getAttribute('src')).toBe('training-page.js');
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(attr.startsWith('on'), `${file}: ${el.tagName} ${attr}`).toBe(false);
      expect(el.getAttribute('style'), file).toBeNull();
    }
    expect(doc.querySelectorAll('style, iframe, img, object, embed, form').length).toBe(0);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/(?:src|href)="\/\//i);
    for (const link of doc.querySelectorAll('link')) expect(link.getAttribute('href')).toBe('training.css');
    // Links stay inside the training site.
    for (const a of doc.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      if (href.startsWith('#')) continue;
      const target = href.split(/[?#]/)[0]!;
      expect(existsSync(join(TRAINING_DIR, target)), `${file} links to ${href}`).toBe(true);
    }
  });

  it('scripts and styles fetch nothing and write no HTML', () => {
    for (const file of [...listTrainingFiles('.js'), ...listTrainingFiles('.css')]) {
      const text = readTraining(file);
      expect(text, file).not.toMatch(/https?:\/\//i);
      expect(text, file).not.toMatch(/\b(?:fetch|XMLHttpRequest|WebSocket|sendBeacon|eval|innerHTML|outerHTML|insertAdjacentHTML|document\.write)\b|new Function/);
      expect(text, file).not.toMatch(/@import|url\(/);
    }
  });

  it('use only fictional URNs (force code 09, letters TR; 09 is no real force)', () => {
    expect(bichardForceCodes().has('09')).toBe(false);
    let seen = 0;
    for (const file of [...listTrainingFiles('.html'), 'spa.js']) {
      const text = readTraining(file);
      for (const m of text.matchAll(URN_SHAPE)) {
        seen += 1;
        expect(m[0], file).toMatch(TRAINING_URN_PATTERN);
      }
    }
    expect(seen).toBeGreaterThan(40);
    for (const s of TRAINING_SCENARIOS) {
      if (s.urn) expect(readTraining(s.system === 'spa' ? 'spa.js' : s.file), s.id).toContain(s.urn);
    }
  });

  it('use real CJS codes with their official titles', () => {
    const titles = bichardTitles();
    const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
    let checked = 0;
    for (const file of listTrainingFiles('.html')) {
      const doc = parseTraining(file);
      const text = norm(visibleText(doc));
      for (const code of doc.querySelectorAll('.code')) {
        const c = code.textContent!.trim();
        expect(titles.has(c), `${file}: ${c}`).toBe(true);
        expect(text, `${file}: title of ${c}`).toContain(norm(titles.get(c)!));
        checked += 1;
      }
    }
    const spa = readTraining('spa.js');
    for (const m of spa.matchAll(/code: '([A-Z]{2}\d{5})',\s*title: '([^']+)'/g)) {
      expect(titles.get(m[1]!)).toBe(m[2]);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(60);
  });

  it('the register is long and has exactly one intimate-image case', () => {
    const doc = parseTraining('register-brackenford.html');
    const rows = [...doc.querySelectorAll('tbody tr')];
    expect(rows.length).toBeGreaterThanOrEqual(40);
    const iiaCodes = new Set(OFFENCES.filter((o) => o.category === 'intimate-image').flatMap((o) => o.cjsCodes));
    const iiaRows = rows.filter((r) => [...r.querySelectorAll('.code')].some((c) => iiaCodes.has(c.textContent!.trim())));
    expect(iiaRows).toHaveLength(1);
    const codes = new Set(rows.map((r) => r.querySelector('.code')?.textContent));
    for (const lookalike of ['EP90015', 'SX03128', 'RR84062']) expect(codes.has(lookalike), lookalike).toBe(true);
  });

  it('the index lists every scenario and the guide', () => {
    const doc = parseTraining('index.html');
    const hrefs = new Set([...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')));
    for (const s of TRAINING_SCENARIOS) expect(hrefs.has(s.file + (s.spa?.search ?? '')), s.id).toBe(true);
    expect(hrefs.has('guide.html')).toBe(true);
  });

  it('offence dates respect the s.33 / s.66B / s.66E boundaries', () => {
    const date = (file: string) => {
      const m = /Offence date<\/dt><dd>(\d{2})\/(\d{2})\/(\d{4})/.exec(readTraining(file));
      return m ? `${m[3]}-${m[2]}-${m[1]}` : '';
    };
    expect(date('cp-s33-cjca.html') < '2024-01-31').toBe(true);
    for (const f of ['cp-s66b1.html', 'cp-s66b2.html', 'cp-s66b3.html', 'cp-s66b4.html', 'cp-s66a-cyberflashing.html']) {
      expect(date(f) >= '2024-01-31', f).toBe(true);
    }
    expect(date('cp-deepfake.html') >= '2026-02-06').toBe(true);
    // The MCA threat limb went on 31/01/2024 (OSA 2023 s.189), so the alternative-charge case predates it.
    expect(date('cp-mca-threat-images.html') < '2024-01-31').toBe(true);
  });
});

describe('teaching points and the guide', () => {
  const messages = JSON.parse(readFileSync(join(process.cwd(), 'lib/i18n/messages/en/training.json'), 'utf8')) as Record<string, unknown>;

  it('every role has points, each with text and a source', () => {
    for (const role of ROLES) {
      const points = teachingPointsFor(role);
      expect(points.length).toBeGreaterThanOrEqual(5);
      for (const p of points) {
        expect(messages[p.messageKey], p.id).toBeDefined();
        expect(p.sources.length).toBeGreaterThan(0);
      }
    }
    expect(Object.keys(TEACHING_POINTS_BY_ROLE).sort()).toEqual([...ROLES].sort());
    for (const key of Object.keys(messages)) expect(key).toMatch(/^training_[A-Za-z0-9_]+$/);
  });

  it('covers the points the brief asks trainers to make', () => {
    const ids = new Set(TEACHING_POINTS.map((p) => p.id));
    for (const id of ['three-in-98', 's153-conditions', 'wright-hadley', 'tan-daniels-lawful-material', 'cloud-copies-uncertain', 'date-boundary', 'iioc-contrast']) {
      expect(ids.has(id), id).toBe(true);
    }
    expect(TEACHING_POINTS.find((p) => p.id === 'cloud-copies-uncertain')?.status).toBe('unconfirmed');
    expect(TEACHING_POINTS.find((p) => p.id === 'tan-daniels-lawful-material')?.status).toBe('unconfirmed');
  });

  it('the guide cites no mirror, blog, digest or code repository', () => {
    const html = readTraining('guide.html');
    expect(html).not.toMatch(/o7eteavr|richardhartley|caselawdigest|casemine|magistrateslaw|blogspot|github\.com|swgfl/i);
    // Sources are printed, not linked (the training site is offline): every printed address is official.
    for (const m of html.matchAll(/<span class="muted">\(([a-z0-9.-]+)\//g)) expect(OFFICIAL_HOSTS).toContain(m[1]);
  });

  it('the guide has a 10-minute script per role and every teaching point with its source', () => {
    const doc = parseTraining('guide.html');
    const headings = [...doc.querySelectorAll('h2')].map((h) => h.textContent ?? '');
    for (const role of ['Legal adviser', 'Prosecutor', 'Trainer-led session']) {
      expect(headings.some((h) => h.startsWith(role) && h.includes('10-minute')), role).toBe(true);
    }
    for (const p of TEACHING_POINTS) {
      const row = doc.getElementById(`tp-${p.id}`);
      expect(row, p.id).not.toBeNull();
      for (const id of p.sources) expect(row!.textContent).toContain(SOURCES[id].label);
    }
  });
});
