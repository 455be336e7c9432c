import { t } from '../../lib/i18n/t';
import type { Prompt, PromptLang } from '../../lib/prompts/types';

/**
 * One prompt's detail, sources and version: the ONE place the sidebar renders a prompt's detail. The
 * legal content is moving to `{text, sources, status}` lines rendered by components/sidebar/PromptDetail.tsx;
 * when that lands, this adapter hands the prompt to it and nothing else changes.
 */
export function PromptDetails({ prompt, lang }: { prompt: Prompt; lang: PromptLang }) {
  const copy = prompt.text[lang];
  return (
    <>
      <ul className="dor-list">
        {copy.detail.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {copy.uncertain && <UncertainNote text={copy.uncertain} />}
      <p className="dor-sources__title">{t('sidebar_sources_title')}</p>
      <ul className="dor-list dor-sources">
        {prompt.sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.label}
              <span className="dor-visually-hidden"> {t('sidebar_opens_new_tab')}</span>
            </a>
          </li>
        ))}
      </ul>
      <p className="dor-meta">{t('sidebar_prompt_version', prompt.version)}</p>
    </>
  );
}

function UncertainNote({ text }: { text: string }) {
  return (
    <div className="dor-uncertain">
      <p>
        <strong>{t('sidebar_uncertain_prefix')}</strong> {text}
      </p>
    </div>
  );
}

/** Whether the prompt says the law is uncertain (a marker stays visible on its line). */
export function isUncertain(prompt: Prompt, lang: PromptLang): boolean {
  const notes: unknown = prompt.text[lang].uncertain;
  return Array.isArray(notes) ? notes.length > 0 : Boolean(notes);
}

/** The prosecutor's one-line "what to say", when the legal content gives one (an optional `say` field). */
export function sayLine(prompt: Prompt, lang: PromptLang): string | undefined {
  const copy = prompt.text[lang] as { say?: unknown };
  return typeof copy.say === 'string' && copy.say.trim() ? copy.say : undefined;
}
