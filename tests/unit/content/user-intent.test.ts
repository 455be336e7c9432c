import { describe, expect, it } from 'vitest';
import { createIntentGuard } from '../../../lib/content/user-intent';

/**
 * The guard against page-scripted submits (lib/content/user-intent.ts). happy-dom has no trusted
 * events, so "trusted" ones are made by defining isTrusted; the real-browser proof (a page's
 * requestSubmit() and button.click() refused, a real click and Enter accepted) is in
 * tests/e2e/hostile.spec.ts.
 */
function setup() {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  const form = document.createElement('form');
  const radio = document.createElement('input');
  radio.type = 'radio';
  const note = document.createElement('textarea');
  const submit = document.createElement('button');
  submit.type = 'submit';
  const label = document.createElement('span');
  submit.append(label);
  form.append(radio, note, submit);
  root.append(form);
  document.body.append(host);
  const pending: (() => void)[] = [];
  const guard = createIntentGuard(root, (fn) => pending.push(fn));
  const endTask = () => pending.splice(0).forEach((fn) => fn());
  return { host, root, form, radio, note, submit, label, guard, endTask };
}

function fire(target: EventTarget, event: Event, trusted: boolean): Event {
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  target.dispatchEvent(event);
  return event;
}

function submitEvent(form: HTMLFormElement, submitter: HTMLElement | null, trusted = true): Event {
  const event = new Event('submit', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'submitter', { value: submitter });
  return fire(form, event, trusted);
}

const click = () => new MouseEvent('click', { bubbles: true, composed: true });
const key = (k: string, type = 'keypress') => new KeyboardEvent(type, { key: k, bubbles: true, composed: true });

describe('createIntentGuard', () => {
  it('allows a submit in the same task as a trusted click on its submit button (or something inside it), once', () => {
    const s = setup();
    fire(s.label, click(), true);
    expect(s.guard.allows(submitEvent(s.form, s.submit))).toBe(true);
    expect(s.guard.allows(submitEvent(s.form, s.submit))).toBe(false); // consumed
  });

  it('allows a submit caused by a trusted Enter or Space inside the form', () => {
    const s = setup();
    fire(s.radio, key('Enter'), true);
    expect(s.guard.allows(submitEvent(s.form, s.submit))).toBe(true);
    fire(s.submit, key(' ', 'keyup'), true);
    expect(s.guard.allows(submitEvent(s.form, s.submit))).toBe(true);
  });

  it('refuses page-scripted submits: untrusted events, no user action, or after the task ended', () => {
    const s = setup();
    expect(s.guard.allows(submitEvent(s.form, s.submit))).toBe(false); // requestSubmit() out of the blue
    fire(s.submit, click(), false);
    expect(s.guard.allows(submitEvent(s.form, s.submit))).toBe(false); // button.click()
    fire(s.submit, click(), true);
    expect(s.guard.allows(submitEvent(s.form, s.submit, false))).toBe(false); // dispatched SubmitEvent
    s.endTask();
    expect(s.guard.allows(submitEvent(s.form, s.submit))).toBe(false); // the click was in an earlier task
  });

  it('refuses a submit riding on a real click elsewhere (a radio) or on other keys', () => {
    const s = setup();
    fire(s.radio, click(), true);
    expect(s.guard.allows(submitEvent(s.form, s.submit))).toBe(false);
    fire(s.note, key('a'), true);
    expect(s.guard.allows(submitEvent(s.form, s.submit))).toBe(false);
    fire(s.radio, click(), true);
    expect(s.guard.allows(submitEvent(s.form, null))).toBe(false);
  });

  it('refuses a submit of another form, and stops listening once disposed', () => {
    const s = setup();
    const other = document.createElement('form');
    s.root.append(other);
    fire(s.radio, key('Enter'), true);
    expect(s.guard.allows(submitEvent(other, null))).toBe(false);
    s.guard.dispose();
    fire(s.submit, click(), true);
    expect(s.guard.allows(submitEvent(s.form, s.submit))).toBe(false);
  });
});
