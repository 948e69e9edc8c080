import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import { resolveSources, type KnowledgePack } from '../../topic/knowledge';
import type { PopupSection } from '../../utils/popup-sections';
import { SourceLinks } from '../shared/SourceLinks';
import { FoldedSection } from './FoldedSection';
import { StatementList } from './StatementList';

/** Props of the popup's further context. */
export interface MoreContextProps {
  pack: KnowledgePack;
  /** The sections the reader left open. */
  openSections: readonly PopupSection[];
  /** Called when the reader opens or closes a section. */
  onSectionToggle(section: PopupSection, isOpen: boolean): void;
  /**
   * A first folded section with what the evidence says about this page's kinds of claim (or the
   * trials picture on a page without claims), and its label; left out when absent.
   */
  evidence?: { label: string; content: ComponentChildren };
}

/**
 * The general context, each part folded until the reader opens it (FoldedSection, remembered
 * between openings): this page's evidence cards and pictures when given, then key studies, risks,
 * regulatory terms, questions to ask a clinic, standard care, insurance and open research
 * questions. Empty sections are left out.
 */
export function MoreContext({ pack, openSections, onSectionToggle, evidence }: MoreContextProps) {
  const fold = (id: PopupSection, label: string, content: ComponentChildren) => (
    <FoldedSection
      id={id}
      label={label}
      isOpen={openSections.includes(id)}
      onToggle={onSectionToggle}
    >
      {content}
    </FoldedSection>
  );
  return (
    <section class="more" aria-labelledby="more-heading">
      <h2 id="more-heading">{i18n.t('more.heading')}</h2>
      <p class="muted more-hint">{i18n.t('more.hint')}</p>
      {evidence && fold('evidence', evidence.label, evidence.content)}
      {pack.studies.length > 0 &&
        fold(
          'studies',
          i18n.t('more.studies', { count: pack.studies.length }),
          <ul class="statements">
            {pack.studies.map((s) => (
              <li key={s.id}>
                <p>
                  <strong>{s.name}</strong> ({s.year}):{' '}
                  {i18n.t('more.studySize', { design: s.design, n: s.n })} {s.result}{' '}
                  <span class="muted">{i18n.t('more.runBy', { sponsor: s.sponsor })}</span>
                </p>
                <SourceLinks sources={resolveSources(s.sourceIds, pack)} />
              </li>
            ))}
          </ul>,
        )}
      {pack.risks.length > 0 &&
        fold(
          'risks',
          i18n.t('more.risks', { count: pack.risks.length }),
          <ul class="statements">
            {pack.risks.map((r) => (
              <li key={r.id}>
                <p>
                  <strong>{r.title}.</strong> {r.text}{' '}
                  <em>{i18n.t('more.howOften', { frequency: r.frequency })}</em>
                  {r.isDisputed && ` ${i18n.t('more.disputed')}`}
                </p>
                <SourceLinks sources={resolveSources(r.sourceIds, pack)} />
              </li>
            ))}
          </ul>,
        )}
      {pack.regulation.length > 0 &&
        fold(
          'regulation',
          i18n.t('more.regulation', { count: pack.regulation.length }),
          <ul class="statements">
            {pack.regulation.map((t) => (
              <li key={t.id}>
                <p>
                  <strong>{t.term}:</strong> {t.meaning}
                </p>
                <SourceLinks sources={resolveSources(t.sourceIds, pack)} />
              </li>
            ))}
          </ul>,
        )}
      {pack.clinicQuestions.length > 0 &&
        fold(
          'questions',
          i18n.t('more.questions', { count: pack.clinicQuestions.length }),
          <ul class="statements">
            {pack.clinicQuestions.map((q) => (
              <li key={q.id}>
                <p>
                  <strong>{q.question}</strong> {q.why}
                </p>
                <SourceLinks sources={resolveSources(q.sourceIds, pack)} />
              </li>
            ))}
          </ul>,
        )}
      {pack.standardCare.length > 0 &&
        fold(
          'standardCare',
          i18n.t('more.standardCare', { count: pack.standardCare.length }),
          <StatementList statements={pack.standardCare} pack={pack} />,
        )}
      {pack.costs.insurance.length > 0 &&
        fold(
          'insurance',
          i18n.t('more.insurance', { count: pack.costs.insurance.length }),
          <StatementList statements={pack.costs.insurance} pack={pack} />,
        )}
      {pack.openQuestions.length > 0 &&
        fold(
          'openQuestions',
          i18n.t('more.openQuestions', { count: pack.openQuestions.length }),
          <StatementList statements={pack.openQuestions} pack={pack} />,
        )}
    </section>
  );
}
