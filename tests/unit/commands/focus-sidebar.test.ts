import { afterEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, setBridge, type CasePageBridge } from '../../../lib/content/bridge';
import { currentFocusShortcut, FOCUS_SIDEBAR_COMMAND, focusReminderInPage } from '../../../lib/commands/focus-sidebar';

/** The focus command's page side (run by scripting.executeScript) and its shortcut lookup. */
function fakeBridge(verdict: string, sidebar?: { open(): void }): CasePageBridge {
  return { version: 1, snapshot: () => ({ result: { verdict } }), sidebar } as unknown as CasePageBridge;
}

describe('focusReminderInPage', () => {
  afterEach(() => setBridge(undefined));

  it('finds the case-page bridge under its real key and opens (focuses) a mounted sidebar', () => {
    const open = vi.fn();
    setBridge(fakeBridge('match', { open }));
    expect((globalThis as Record<string, unknown>)[BRIDGE_KEY]).toBeDefined();
    expect(focusReminderInPage()).toBe('focused');
    expect(open).toHaveBeenCalledOnce();
  });

  it('says "possible" for a possible page without a sidebar yet (the background then injects it), else "none"', () => {
    setBridge(fakeBridge('possible'));
    expect(focusReminderInPage()).toBe('possible');
    setBridge(fakeBridge('none'));
    expect(focusReminderInPage()).toBe('none');
    setBridge(undefined);
    expect(focusReminderInPage()).toBe('none');
  });

  it('uses nothing from its module scope (it is serialised into the page)', () => {
    const source = focusReminderInPage.toString();
    expect(source).toContain(BRIDGE_KEY);
    expect(source).not.toMatch(/FOCUS_SIDEBAR|BRIDGE_KEY|import/);
  });
});

describe('currentFocusShortcut', () => {
  it('reads the browser\u2019s current key for the command; null when unset or unknown', async () => {
    const commands = (shortcut: string) => ({ getAll: async () => [{ name: 'check-page', shortcut: 'Alt+Shift+D' }, { name: FOCUS_SIDEBAR_COMMAND, shortcut }] });
    expect(await currentFocusShortcut(commands('Ctrl+Shift+Y'))).toBe('Ctrl+Shift+Y');
    expect(await currentFocusShortcut(commands(''))).toBeNull();
    expect(await currentFocusShortcut(undefined)).toBeNull();
  });
});
