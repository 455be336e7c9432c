/**
 * The unobtrusive "possible" indicator: a small tab at the edge of the window that opens the sidebar
 * on demand. Plain DOM in its own shadow root (no React: this ships in the always-injected script).
 * Its visible label is short ("Possible case") so it fits whole at any zoom; the full phrase is its
 * accessible name (which starts with the visible label, WCAG 2.5.3). Where the window is narrow or
 * short (200% zoom and more), it turns into a horizontal button: vertical text is hard to read
 * magnified, and the button no longer has to fit the window's height.
 */
export interface Indicator {
  show(): void;
  hide(): void;
  remove(): void;
}

const STYLE = `
:host { all: initial; }
button {
  position: fixed; right: 0; top: 40%; z-index: 2147483646; margin: 0;
  font: 600 clamp(14px, 1rem, 20px)/1.3 system-ui, -apple-system, "Segoe UI", Arial, sans-serif;
  color: #fff; background: #1d3557; border: 2px solid #fff; border-right: 0; border-radius: 6px 0 0 6px;
  padding: 10px 8px; white-space: nowrap; writing-mode: vertical-rl; cursor: pointer;
}
@media (max-width: 720px), (max-height: 500px) {
  button { writing-mode: horizontal-tb; top: auto; bottom: 12px; padding: 8px 12px; min-height: 44px; }
}
button:focus-visible { outline: 3px solid #ffdd00; outline-offset: 0; box-shadow: 0 0 0 6px #0b0c0c; }
@media (forced-colors: active) { button { border: 2px solid ButtonText; } }
`;

export interface IndicatorLabel {
  /** Short visible text. */
  text: string;
  /** The full phrase, beginning with `text`. */
  name: string;
}

export function createIndicator(doc: Document, label: IndicatorLabel, onOpen: () => void): Indicator {
  let host: HTMLElement | null = null;
  const build = () => {
    host = doc.createElement('deprivation-order-reminder-indicator');
    const root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = label.text;
    button.setAttribute('aria-label', label.name);
    button.addEventListener('click', (e) => {
      if (e.isTrusted) onOpen(); // page scripts cannot open it by synthetic clicks
    });
    root.append(style, button);
    doc.documentElement.append(host);
  };
  return {
    show() {
      if (!host || !host.isConnected) build();
      host!.hidden = false;
    },
    hide() {
      if (host) host.hidden = true;
    },
    remove() {
      host?.remove();
      host = null;
    },
  };
}
