/**
 * Tells a submit the user made from one a page script made. The sidebar's shadow root is open, so the
 * page can reach its forms: `form.requestSubmit()` or `button.click()` from a page script makes
 * Chrome fire a submit event with `isTrusted: true` (the browser dispatches it), so `isTrusted` alone
 * proves nothing. A submit counts only when it happens in the same task as a trusted click on its own
 * submit button, or a trusted Enter/Space key event inside its form (implicit submission, or a key
 * press on the button). A page cannot make trusted events, and a token lives for one task only, so
 * a page calling requestSubmit() after the user clicked a radio button or typed a note is refused.
 */
export interface IntentGuard {
  /** True for a submit event that a real click or key press caused. Consumes the user's action. */
  allows(event: Event): boolean;
  dispose(): void;
}

interface Token {
  kind: 'click' | 'key';
  target: Node;
}

const KEY_EVENTS = ['keydown', 'keypress', 'keyup'] as const;
const SUBMIT_KEYS = new Set(['Enter', ' ', 'Spacebar']);

export function createIntentGuard(root: Node & EventTarget, defer: (fn: () => void) => void = (fn) => setTimeout(fn, 0)): IntentGuard {
  let token: Token | null = null;
  const take = (kind: Token['kind'], event: Event) => {
    const target = event.composedPath()[0];
    if (!event.isTrusted || !target || !(target as Node).nodeType) return;
    const mine: Token = { kind, target: target as Node };
    token = mine;
    defer(() => {
      if (token === mine) token = null;
    });
  };
  const onClick = (event: Event) => take('click', event);
  const onKey = (event: Event) => {
    if (SUBMIT_KEYS.has((event as KeyboardEvent).key)) take('key', event);
  };
  root.addEventListener('click', onClick, true);
  for (const type of KEY_EVENTS) root.addEventListener(type, onKey, true);

  return {
    allows(event) {
      const current = token;
      if (!event.isTrusted || event.type !== 'submit' || !current) return false;
      const form = event.target as Node | null;
      if (!form || !form.contains(current.target)) return false;
      if (current.kind === 'click') {
        const submitter = (event as SubmitEvent).submitter;
        if (!submitter || !(submitter === current.target || submitter.contains(current.target))) return false;
      }
      token = null;
      return true;
    },
    dispose() {
      root.removeEventListener('click', onClick, true);
      for (const type of KEY_EVENTS) root.removeEventListener(type, onKey, true);
      token = null;
    },
  };
}
