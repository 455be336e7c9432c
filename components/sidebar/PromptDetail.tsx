import { t } from '../../lib/i18n/t';
import { SOURCES } from '../../lib/prompts/sources';
import type { LineStatus, Prompt, PromptLang, PromptLine } from '../../lib/prompts/types';

interface Props {
  /** The prompt as resolved for this role and page (lines already filtered to the offences on it). */
  prompt: Prompt;
  lang: PromptLang;
  /** The decision already shows "what to say" above its choice: the detail does not say it twice. */
  sayShown?: boolean;
}

/**
 * Statuses the user must be told about: anything below statute or case law carries a visible label.
 * Keys are literal so the strings test can find them.
 */
const STATUS_KEY: Partial<Record<LineStatus, string>> = {
  guidance: 'sidebar_line_status_guidance',
  secondary: 'sidebar_line_status_secondary',
  unconfirmed: 'sidebar_line_status_unconfirmed',
};

/**
 * Where the law is uncertain: GOV.UK warning text (what is known, what is not, what to check). Shown
 * with the prompt, outside its detail, so it is never one click away. Renders nothing without a note.
 */
export function PromptWarning({ prompt, lang }: Props) {
  const notes = prompt.text[lang].uncertain ?? [];
  if (notes.length === 0) return null;
  return (
    <div className="dor-uncertain dor-warning-text">
      <span className="dor-warning-text__icon" aria-hidden="true">
        !
      </span>
      <div className="dor-warning-text__text">
        <p>
          <strong>
            <span className="dor-visually-hidden">{t('sidebar_warning_hidden')} </span>
            {t('sidebar_uncertain_prefix')}
          </strong>
        </p>
        {notes.map((note) => (
          <p key={note} lang={lang}>
            {note}
          </p>
        ))}
      </div>
    </div>
  );
}

/**
 * One prompt's detail: the draft-wording label, what to say, each line with its own sources and (below
 * statute or case law) its status, and the prompt version. Links open official pages in a new tab.
 */
export function PromptDetail({ prompt, lang, sayShown }: Props) {
  const copy = prompt.text[lang];
  return (
    <div className="dor-prompt-detail">
      {prompt.approval.state === 'draft' && (
        <p className="dor-draft">
          <strong>{t('sidebar_draft_wording')}</strong>
        </p>
      )}
      {copy.say && !sayShown && (
        <div className="dor-say">
          <p className="dor-say__label">{t('sidebar_say_label')}</p>
          <p className="dor-say__text" lang={lang}>
            {copy.say}
          </p>
        </div>
      )}
      <ul className="dor-list dor-lines">
        {copy.detail.map((line) => (
          <DetailLine key={line.text} line={line} lang={lang} />
        ))}
      </ul>
      <p className="dor-meta">{t('sidebar_prompt_version', prompt.version)}</p>
    </div>
  );
}

function DetailLine({ line, lang }: { line: PromptLine; lang: PromptLang }) {
  const statusKey = STATUS_KEY[line.status];
  return (
    <li className="dor-line" data-status={line.status}>
      {statusKey && <strong className="dor-line__status">{t(statusKey)}</strong>} <span lang={lang}>{line.text}</span>{' '}
      <span className="dor-line__sources">
        {t('sidebar_line_sources')}{' '}
        {line.sources.map((id, i) => {
          const source = SOURCES[id];
          return (
            <span key={id}>
              {i > 0 && '; '}
              {source.url ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  <span lang={lang}>{source.label}</span>
                  <span className="dor-visually-hidden"> {t('sidebar_opens_new_tab')}</span>
                </a>
              ) : (
                <cite lang={lang}>{source.label}</cite>
              )}
            </span>
          );
        })}
      </span>
    </li>
  );
}
