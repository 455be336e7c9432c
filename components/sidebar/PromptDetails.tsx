import { t } from '../../lib/i18n/t';
import type { Prompt, PromptLang } from '../../lib/prompts/types';
import { PromptDetail, PromptWarning } from './PromptDetail';

/**
 * Prompt text is legal content from lib/prompts, in the prompt's language, which may not be the
 * interface's (lib/i18n/languages.ts): every element that shows it says so with `lang`, for screen
 * readers, and so the pseudo-locale test can tell legal text from interface text that missed `t()`.
 *
 * One prompt's detail as the sidebar expands it: the lines with their own sources and status labels
 * (PromptDetail), and the "law uncertain" warning. The ONE place the sidebar renders a prompt's detail.
 * On a checklist line the warning sits here, one click away, while its marker stays on the line.
 */
export function PromptDetails({ prompt, lang, sayShown }: { prompt: Prompt; lang: PromptLang; sayShown?: boolean }) {
  return (
    <>
      <PromptWarning prompt={prompt} lang={lang} />
      <PromptDetail prompt={prompt} lang={lang} sayShown={sayShown} />
    </>
  );
}

/** Whether the prompt says the law is uncertain (a marker stays visible on its line). */
export function isUncertain(prompt: Prompt, lang: PromptLang): boolean {
  return (prompt.text[lang].uncertain ?? []).length > 0;
}

/** The prosecutor's one-line "what to say", when the legal content gives one. */
export function sayLine(prompt: Prompt, lang: PromptLang): string | undefined {
  const say = prompt.text[lang].say;
  return say && say.trim() ? say : undefined;
}

/**
 * The button that opens a prompt's detail (a disclosure: aria-expanded, aria-controls), named with
 * the prompt's summary for screen readers, so that each of the many "Details" buttons says which.
 */
export function DetailToggle(props: { open: boolean; controls: string; label: string; summary: string; lang: PromptLang; onToggle(): void }) {
  return (
    <button type="button" className="dor-link-button" aria-expanded={props.open} aria-controls={props.controls} onClick={props.onToggle}>
      {props.label}
      <span className="dor-visually-hidden" lang={props.lang}>: {props.summary}</span>
    </button>
  );
}
