import { resolveSources, type KnowledgePack, type Statement } from '../../topic/knowledge';
import { SourceLinks } from '../shared/SourceLinks';

/** Props of a list of sourced statements. */
export interface StatementListProps {
  statements: readonly Statement[];
  /** The pack whose sources table resolves the statements' source ids. */
  pack: KnowledgePack;
}

/** Sourced statements, each followed by its source links. Renders nothing when empty. */
export function StatementList({ statements, pack }: StatementListProps) {
  if (statements.length === 0) return null;
  return (
    <ul class="statements">
      {statements.map((statement) => (
        <li key={statement.id}>
          <p>{statement.text}</p>
          <SourceLinks sources={resolveSources(statement.sourceIds, pack)} />
        </li>
      ))}
    </ul>
  );
}
