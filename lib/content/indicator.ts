/**
 * The unobtrusive "possible" indicator: a small tab at the edge of the window that opens the sidebar
 * on demand. Plain DOM in its own shadow root (no React: this ships in the always-injected script).
 */
export interface Indicator {
  show(): void;
  hide(): void;
  remove(): void;
}

const STYLE = `
:host { all: initial; }
button {
  position: fixed; right: 0; top: 40%; z-index: 2147483646;
  font: 600 clamp(14px, 1rem, 20px)/1.3 system-ui, -apple-system, "Segoe UI", Arial, sans-serif;
  color: #fff; background: #1d3557; border: 2px solid #fff; border-right: 0; border-radius: 6px 0 0 6px;
  padding: 10px 8px; max-width: 44px; writing-mode: vertical-rl; cursor: pointer;
}
button:focus-visible { outline: 3px solid #ffdd00; outline-offset: 0; box-shadow: 0 0 0 6px #0b0c0c; }
@media (forced-colors: active) { button { border: 2px solid ButtonText; } }
`;

export function createIndicator(doc: Document, label: string, onOpen: () => void): Indicator {
  let host: HTMLElement | null = null;
  const build = () => {
    host = doc.createElement('deprivation-order-reminder-indicator');
    const root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = label;
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
