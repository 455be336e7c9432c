import { describe, expect, it, vi } from 'vitest';
import { guardTrustedEvents, USER_EVENT_TYPES } from '../../../lib/content/trusted-events';
import { createIntentGuard } from '../../../lib/content/user-intent';

/**
 * The host's guard against page-made events (lib/content/trusted-events.ts). happy-dom has no trusted
 * events, so "trusted" ones get isTrusted defined; the real-browser proof (a page scripting every
 * control for three seconds changes nothing, a real click does) is tests/e2e/user-only.spec.ts.
 */
function setup() {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div'); // where React would listen
  const form = document.createElement('form');
  const checkbox = document.createElement('input');
  checkbox.type = 'checkbox';
  const submit = document.createElement('button');
  submit.type = 'submit';
  form.append(checkbox, submit);
  container.append(form);
  root.append(container);
  document.body.append(host);
  const pending: (() => void)[] = [];
  const intent = createIntentGuard(root, (fn) => pending.push(fn));
  const guard = guardTrustedEvents([host, root], intent);
  const seen: string[] = [];
  for (const type of USER_EVENT_TYPES) container.addEventListener(type, (e) => seen.push(`${e.type}:${e.isTrusted}`));
  return { host, root, form, checkbox, submit, guard, seen, endTask: () => pending.splice(0).forEach((fn) => fn()) };
}

function fire(target: EventTarget, event: Event, trusted: boolean): Event {
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  target.dispatchEvent(event);
  return event;
}

const opts = { bubbles: true, composed: true, cancelable: true };

describe('guardTrustedEvents', () => {
  it('stops and cancels every page-made pointer, key, editing and form event before the sidebar sees it', () => {
    const s = setup();
    const events = [
      new MouseEvent('click', opts),
      new MouseEvent('mousedown', opts),
      new PointerEvent('pointerdown', opts),
      new KeyboardEvent('keydown', { ...opts, key: 'Enter' }),
      new KeyboardEvent('keyup', { ...opts, key: ' ' }),
      new Event('input', opts),
      new Event('change', { bubbles: true }),
    ];
    for (const e of events) {
      fire(s.checkbox, e, false);
      expect(e.defaultPrevented, e.type).toBe(e.cancelable);
    }
    expect(s.seen).toEqual([]);
  });

  it('lets the user\u2019s own events through untouched', () => {
    const s = setup();
    const click = fire(s.checkbox, new MouseEvent('click', opts), true);
    const key = fire(s.checkbox, new KeyboardEvent('keydown', { ...opts, key: 'a' }), true);
    expect(click.defaultPrevented || key.defaultPrevented).toBe(false);
    expect(s.seen).toEqual(['click:true', 'keydown:true']);
  });

  it('also stops page-made events aimed at the host itself (e.g. a forged Escape)', () => {
    const s = setup();
    const onHost = vi.fn();
    s.host.addEventListener('keydown', onHost);
    fire(s.host, new KeyboardEvent('keydown', { ...opts, key: 'Escape' }), false);
    expect(onHost).not.toHaveBeenCalled();
  });

  it('lets a submit through only when a real click on its button caused it, and remembers that one', () => {
    const s = setup();
    const submitEvent = () => {
      const e = new Event('submit', { bubbles: true, cancelable: true });
      Object.defineProperty(e, 'submitter', { value: s.submit });
      return e;
    };
    // requestSubmit() from a page: Chrome marks the submit trusted, but no real click came first.
    const forged = fire(s.form, submitEvent(), true);
    expect(forged.defaultPrevented).toBe(true);
    expect(s.guard.isUserSubmit(forged)).toBe(false);
    expect(s.seen).toEqual([]);

    fire(s.submit, new MouseEvent('click', opts), true);
    const real = fire(s.form, submitEvent(), true);
    expect(real.defaultPrevented).toBe(false);
    expect(s.guard.isUserSubmit(real)).toBe(true);
    expect(s.seen).toEqual(['click:true', 'submit:true']);
  });

  it('stops nothing once disposed', () => {
    const s = setup();
    s.guard.dispose();
    fire(s.checkbox, new MouseEvent('click', opts), false);
    expect(s.seen[0]).toBe('click:false');
  });
});
