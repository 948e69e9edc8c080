import { useId } from 'preact/hooks';

/** Props of a labelled on/off switch. */
export interface SwitchProps {
  /** Visible label; also the control's accessible name. */
  label: string;
  /** Whether the switch is on. */
  checked: boolean;
  /** Optional line under the label explaining what the switch does. */
  hint?: string;
  /** Element id of the checkbox, so other controls can move focus to it; generated when absent. */
  id?: string;
  /** Disables the control (e.g. while there is no site to switch). */
  disabled?: boolean;
  /** Called with the new state when the user flips the switch (click, Space). */
  onChange(checked: boolean): void;
}

/**
 * A checkbox announced as a switch, with a visible label and optional hint tied to it by
 * aria-describedby. Keyboard: Tab to reach, Space to flip.
 */
export function Switch(props: SwitchProps) {
  const generatedId = useId();
  const id = props.id ?? generatedId;
  const hintId = `${id}-hint`;
  return (
    <div class="switch-row">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={props.hint ? hintId : undefined}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <span>
        <label for={id}>{props.label}</label>
        {props.hint && (
          <span id={hintId} class="muted switch-hint">
            {' '}
            {props.hint}
          </span>
        )}
      </span>
    </div>
  );
}
