import { describe, expect, it } from 'vitest';
import { classifySender, mayUse } from '../../../lib/messaging/sender';

const SELF = { id: 'abc', origin: 'chrome-extension://abc' };

describe('classifySender', () => {
  it('recognises our extension pages, including one open in a tab', () => {
    expect(classifySender({ id: 'abc', url: 'chrome-extension://abc/record.html' }, SELF)).toBe('extension-page');
    expect(classifySender({ id: 'abc', url: 'chrome-extension://abc/record.html', tab: { id: 1 }, origin: 'chrome-extension://abc' }, SELF)).toBe('extension-page');
    expect(classifySender({ id: 'x', url: 'moz-extension://u-u-i-d/record.html' }, { id: 'x', origin: 'moz-extension://u-u-i-d' })).toBe('extension-page');
  });

  it('recognises our content scripts by their tab and web URL', () => {
    expect(classifySender({ id: 'abc', url: 'https://court.example/case', tab: { id: 2 } }, SELF)).toBe('content-script');
  });

  it('refuses anything else', () => {
    expect(classifySender({ id: 'evil', url: 'chrome-extension://abc/record.html' }, SELF)).toBeNull();
    expect(classifySender({ url: 'chrome-extension://abc/record.html' }, SELF)).toBeNull();
    expect(classifySender({ id: 'abc', url: 'chrome-extension://abcdef/record.html' }, SELF)).toBeNull();
    expect(classifySender({ id: 'abc', url: 'chrome-extension://abc.evil.example/x' }, SELF)).toBeNull();
    expect(classifySender({ id: 'abc', url: 'chrome-extension://abc/x', origin: 'https://court.example' }, SELF)).toBeNull();
    expect(classifySender({ id: 'abc', url: 'https://court.example/case' }, SELF)).toBeNull();
    expect(classifySender(undefined, SELF)).toBeNull();
    expect(classifySender({ id: '', url: '' }, { id: '', origin: '' })).toBeNull();
  });

  it('gives content scripts only content messages', () => {
    expect(mayUse('content-script', 'content')).toBe(true);
    expect(mayUse('content-script', 'page')).toBe(false);
    expect(mayUse('extension-page', 'page')).toBe(true);
  });
});
