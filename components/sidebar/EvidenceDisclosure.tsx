import { useId, useState } from 'react';
import type { RecognisedOffence } from '../../lib/detect/types';
import { t } from '../../lib/i18n/t';
import { evidenceKindLabel, offenceLabel } from './labels';
import type { EvidenceRef } from './types';

interface Props {
  offences: readonly RecognisedOffence[];
  onShowEvidence(ref: EvidenceRef): void;
}

/** "Why am I seeing this?": the exact text that triggered the reminder, each with a way back to it. */
export function EvidenceDisclosure({ offences, onShowEvidence }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className="dor-why">
      <button
        type="button"
        className="dor-link-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {t('sidebar_why_title')}
      </button>
      <div id={id} className="dor-why__body" role="region" aria-label={t('sidebar_why_title')} hidden={!open}>
        {open && (offences.length === 0 ? (
          <p>{t('sidebar_why_none')}</p>
        ) : (
          offences.map((offence) => (
            <div className="dor-why__offence" key={offence.id}>
              <p className="dor-why__offence-name">{offenceLabel(offence)}</p>
              <ul className="dor-evidence">
                {offence.evidence.map((item, index) => (
                  <li className="dor-evidence__item" key={`${item.start}-${item.end}-${index}`}>
                    <span className="dor-evidence__kind">{evidenceKindLabel(item.kind)}</span>
                    <q className="dor-evidence__text">{item.text}</q>
                    <button
                      type="button"
                      className="dor-button dor-button--secondary dor-button--small"
                      onClick={() => onShowEvidence({ offenceId: offence.id, evidenceIndex: index })}
                    >
                      {t('sidebar_show_on_page')}
                      <span className="dor-visually-hidden">: {item.text}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))
        ))}
        {open && <p className="dor-hint">{t('sidebar_why_hint')}</p>}
      </div>
    </div>
  );
}
