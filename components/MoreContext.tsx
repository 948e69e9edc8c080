import { resolveSources, type KnowledgePack } from '../topic/knowledge';
import { SourceLinks } from './SourceLinks';
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
      <h2 id="more-heading">More context</h2>
      {pack.studies.length > 0 && (
        <details>
          <summary>Key studies ({pack.studies.length})</summary>
          <ul class="statements">
            {pack.studies.map((s) => (
              <li key={s.id}>
                <p>
                  <strong>{s.name}</strong> ({s.year}): {s.design}, {s.n} people. {s.result}{' '}
                  <span class="muted">Run by: {s.sponsor}.</span>
                </p>
                <SourceLinks sources={resolveSources(s.sourceIds, pack)} />
              </li>
            ))}
          </ul>
        </details>
      )}
      {pack.risks.length > 0 && (
        <details>
          <summary>Risks ({pack.risks.length})</summary>
          <ul class="statements">
            {pack.risks.map((r) => (
              <li key={r.id}>
                <p>
                  <strong>{r.title}.</strong> {r.text} <em>How often: {r.frequency}</em>
                  {r.isDisputed && ' (disputed)'}
                </p>
                <SourceLinks sources={resolveSources(r.sourceIds, pack)} />
              </li>
            ))}
          </ul>
        </details>
      )}
      {pack.regulation.length > 0 && (
        <details>
          <summary>What regulatory terms mean ({pack.regulation.length})</summary>
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
          <summary>Questions to ask a clinic ({pack.clinicQuestions.length})</summary>
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
          <summary>How standard care compares ({pack.standardCare.length})</summary>
          <StatementList statements={pack.standardCare} pack={pack} />
        </details>
      )}
      {pack.costs.insurance.length > 0 && (
        <details>
          <summary>Insurance ({pack.costs.insurance.length})</summary>
          <StatementList statements={pack.costs.insurance} pack={pack} />
        </details>
      )}
      {pack.openQuestions.length > 0 && (
        <details>
          <summary>Open research questions ({pack.openQuestions.length})</summary>
          <StatementList statements={pack.openQuestions} pack={pack} />
        </details>
      )}
    </section>
  );
}
