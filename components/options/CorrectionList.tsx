import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  CORRECTIONS_FILE_NAME,
  correctionsToJsonl,
  type Correction,
} from '../../utils/corrections';
import { categoryLabel } from '../shared/labels';
import { download } from './download';

/** Props of the list of the reader's corrections. */
export interface CorrectionListProps {
  /** The corrections, oldest first; a loading line shows while null. */
  corrections: readonly Correction[] | null;
  /** Stored entries that could not be read (kept in storage as they are); none when empty. */
  problems: readonly string[];
  /** Deletes one correction. */
  onDelete(correction: Correction): Promise<void> | void;
  /** Puts a deleted correction back (undo). */
  onRestore(correction: Correction): Promise<void> | void;
}

type Status = { kind: 'ok' | 'error'; text: string; undo?: Correction } | null;

/** "Not a claim" or "Claim: Cost" for a correction. */
function labelOf(c: Correction): string {
  if (c.label === 'none') return i18n.t('corrections.notClaim');
  return i18n.t('corrections.claim', { category: c.category ? categoryLabel(c.category) : '' });
}

/** A short form of a text for a button's accessible name. */
function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * The reader's corrections (issue 15): each with its page, text, label and category, a Delete
 * button, and Undo after a delete; and "Export as JSONL", a file in the corpus labels format plus
 * the page URL. Stored entries that could not be read are named, never dropped.
 */
export function CorrectionList(props: CorrectionListProps) {
  const [status, setStatus] = useState<Status>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const list = props.corrections;
  // The deleted row's button is gone: keyboard focus goes to Undo, next to what happened.
  useEffect(() => {
    if (status?.undo) undoRef.current?.focus();
  }, [status]);

  const remove = async (c: Correction) => {
    try {
      await props.onDelete(c);
      setStatus({
        kind: 'ok',
        text: i18n.t('corrections.deleted', { text: short(c.text) }),
        undo: c,
      });
    } catch {
      setStatus({ kind: 'error', text: i18n.t('corrections.saveFailed') });
    }
  };
  const undo = async (c: Correction) => {
    try {
      await props.onRestore(c);
      setStatus({ kind: 'ok', text: i18n.t('corrections.restored') });
    } catch {
      setStatus({ kind: 'error', text: i18n.t('corrections.saveFailed') });
    }
  };

  return (
    <div class="corrections">
      <p class="muted">{i18n.t('corrections.hint')}</p>
      {props.problems.length > 0 && (
        <div class="notice" role="alert">
          <p>{i18n.t('corrections.unreadable')}</p>
          <ul>
            {props.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {list === null ? (
        <p>{i18n.t('corrections.loading')}</p>
      ) : list.length === 0 ? (
        <p class="muted">{i18n.t('corrections.none')}</p>
      ) : (
        <ul class="correction-list">
          {list.map((c) => (
            <li key={c.id}>
              <p class="correction-text">“{c.text}”</p>
              <p class="correction-meta">
                <span class="correction-label">{labelOf(c)}</span>{' '}
                <span class="muted correction-page">{c.url}</span>
              </p>
              <button
                type="button"
                aria-label={i18n.t('corrections.deleteLabel', { text: short(c.text) })}
                onClick={() => void remove(c)}
              >
                {i18n.t('corrections.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" class={status?.kind === 'error' ? 'error' : 'ok'}>
        {status?.text ?? ''}{' '}
        {status?.undo && (
          <button type="button" ref={undoRef} onClick={() => status.undo && void undo(status.undo)}>
            {i18n.t('corrections.undo')}
          </button>
        )}
      </p>
      {list !== null && list.length > 0 && (
        <p>
          <button
            type="button"
            onClick={() => {
              download(correctionsToJsonl(list), CORRECTIONS_FILE_NAME, 'application/jsonl');
              setStatus({
                kind: 'ok',
                text: i18n.t('corrections.exported', { file: CORRECTIONS_FILE_NAME }),
              });
            }}
          >
            {i18n.t('corrections.export')}
          </button>
        </p>
      )}
    </div>
  );
}
