/**
 * "Move focus to the reminder" is a browser command (manifest `commands`), so the user can see and
 * change its shortcut in the browser's own shortcut settings (chrome://extensions/shortcuts,
 * about:addons). The background receives it and runs `focusReminderInPage` in the tab's top frame,
 * in the content scripts' isolated world, where the case-page script keeps its bridge.
 */
export const FOCUS_SIDEBAR_COMMAND = 'focus-sidebar';
/**
 * The suggested key (wxt.config.ts). Not Alt+Shift+R, the old in-page key: Chromium refuses to assign
 * it to an extension command (chrome.commands.getAll() reports an empty shortcut for it, measured in
 * Chromium 156), so as a command it would have had no key at all until the user set one.
 */
export const FOCUS_SIDEBAR_DEFAULT_KEY = 'Alt+Shift+M';

export type FocusAnswer = 'focused' | 'possible' | 'none';

/**
 * Runs in the page (serialised by `scripting.executeScript`): it may use nothing from this module's
 * scope. The bridge key is lib/content/bridge.ts BRIDGE_KEY (a test keeps them equal).
 */
export function focusReminderInPage(): FocusAnswer {
  const bridge = (globalThis as Record<string, unknown>)['__deprivationOrderReminderCasePage'] as
    | { sidebar?: { open(): void }; snapshot(): { result: { verdict: string } } }
    | undefined;
  if (!bridge) return 'none';
  if (bridge.sidebar) {
    bridge.sidebar.open();
    return 'focused';
  }
  return bridge.snapshot().result.verdict === 'possible' ? 'possible' : 'none';
}

interface CommandsLike {
  getAll(): Promise<{ name?: string; shortcut?: string }[]>;
}

/** The shortcut the browser has for the command now ("" when the user removed it). */
export async function currentFocusShortcut(commands: CommandsLike | undefined): Promise<string | null> {
  if (!commands?.getAll) return null;
  const all = await commands.getAll();
  return all.find((c) => c.name === FOCUS_SIDEBAR_COMMAND)?.shortcut || null;
}
