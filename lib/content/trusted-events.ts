/**
 * Only the user moves the sidebar. Its shadow root is open (tests and assistive tools need it), so a
 * page script can reach every control in it: `button.click()`, synthetic mouse, pointer and key
 * events, `input`/`change` events after setting a value, and `form.requestSubmit()`. This guard sits
 * in the capture phase at the host and at the shadow root, ahead of every handler of the sidebar
 * (React listens at its container, deeper in), and stops each such event there:
 *
 * - events the page made (`isTrusted` false) are stopped and cancelled; cancelling an untrusted click
 *   also undoes its default action (a radio or checkbox unticks again, a submit button does not
 *   submit, a <summary> does not toggle its <details>);
 * - `submit` is always `isTrusted` in Chrome, even from `requestSubmit()`, so a submit passes only
 *   when the intent guard ties it to a real click or key press (lib/content/user-intent.ts); the ones
 *   that pass are remembered, so the sidebar can ask again later (`isUserSubmit`).
 *
 * So every control the sidebar has now or gains later is covered without a check of its own.
 */
import type { IntentGuard } from './user-intent';

/** Every event by which a page could drive a control: pointer, key, editing and form events. */
export const USER_EVENT_TYPES = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
  'keydown',
  'keypress',
  'keyup',
  'beforeinput',
  'input',
  'change',
  'reset',
  'submit',
] as const;

export interface TrustedEventGuard {
  /** True for a submit event that passed the guard (a real click or key press caused it). */
  isUserSubmit(event: Event): boolean;
  dispose(): void;
}

export function guardTrustedEvents(targets: readonly EventTarget[], intent: IntentGuard): TrustedEventGuard {
  // The same event passes the host and then the shadow root: decided once, at the first.
  const verdicts = new WeakMap<Event, boolean>();
  const onEvent = (event: Event) => {
    let allowed = verdicts.get(event);
    if (allowed === undefined) {
      allowed = event.isTrusted && (event.type !== 'submit' || intent.allows(event));
      verdicts.set(event, allowed);
    }
    if (!allowed) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };
  for (const target of targets) for (const type of USER_EVENT_TYPES) target.addEventListener(type, onEvent, true);
  return {
    isUserSubmit: (event) => event.type === 'submit' && verdicts.get(event) === true,
    dispose() {
      for (const target of targets) for (const type of USER_EVENT_TYPES) target.removeEventListener(type, onEvent, true);
    },
  };
}
