import { i18n } from '#i18n';
import { resolveSources, type KnowledgePack } from '../../topic/knowledge';
import { SourceLinks } from '../shared/SourceLinks';
import { StatementList } from './StatementList';

/** Props of the popup's further context. */
export interface MoreContextProps {
  pack: KnowledgePack;
}

/**
 * The pack's topic-wide context in collapsed sections (native details/summary, so keyboard and
 * screen readers work without script): key studies, risks, regulatory terms, questions to ask a
 * clinic, standard care and open research questions. Empty sections are left out.
 */
export function MoreContext({ pack }: MoreContextProps) {
  return (
    <section class="more" aria-labelledby="more-heading">
      <h2 id="more-heading">{i18n.t('more.heading')}</h2>
      {pack.studies.length > 0 && (
        <details>
          <summary>{i18n.t('more.studies', { count: pack.studies.length })}</summary>
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
          </ul>
        </details>
      )}
      {pack.risks.length > 0 && (
        <details>
          <summary>{i18n.t('more.risks', { count: pack.risks.length })}</summary>
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
          </ul>
        </details>
      )}
      {pack.regulation.length > 0 && (
        <details>
          <summary>{i18n.t('more.regulation', { count: pack.regulation.length })}</summary>
          <ul class="statements">
            {pack.regulation.map((t) => (
              <li key={t.id}>
                <p>
                  <strong>{t.term}:</strong> {t.meaning}
                </p>
                <SourceLinks sources={resolveSources(t.sourceIds, pack)} />
              </li>
            ))}
          </ul>
        </details>
      )}
      {pack.clinicQuestions.length > 0 && (
        <details>
          <summary>{i18n.t('more.questions', { count: pack.clinicQuestions.length })}</summary>
          <ul class="statements">
            {pack.clinicQuestions.map((q) => (
              <li key={q.id}>
                <p>
                  <strong>{q.question}</strong> {q.why}
                </p>
                <SourceLinks sources={resolveSources(q.sourceIds, pack)} />
              </li>
            ))}
          </ul>
        </details>
      )}
      {pack.standardCare.length > 0 && (
        <details>
          <summary>{i18n.t('more.standardCare', { count: pack.standardCare.length })}</summary>
          <StatementList statements={pack.standardCare} pack={pack} />
        </details>
      )}
      {pack.costs.insurance.length > 0 && (
        <details>
          <summary>{i18n.t('more.insurance', { count: pack.costs.insurance.length })}</summary>
          <StatementList statements={pack.costs.insurance} pack={pack} />
        </details>
      )}
      {pack.openQuestions.length > 0 && (
        <details>
          <summary>{i18n.t('more.openQuestions', { count: pack.openQuestions.length })}</summary>
          <StatementList statements={pack.openQuestions} pack={pack} />
        </details>
      )}
    </section>
  );
}
