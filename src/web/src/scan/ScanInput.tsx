import { FormEvent, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';

interface ScanInputProps {
  /** The next thing to scan or type, e.g. "Scan bin". */
  prompt: string;
  onScan(value: string): void;
  /** Numbers only (quantities, weights): the on-screen keyboard opens as a keypad. */
  numeric?: boolean;
  /** Pre-filled so Enter accepts it (the expected quantity). */
  defaultValue?: string;
  disabled?: boolean;
}

const TYPING_TARGETS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * The station's one big field. Keyboard-wedge scanners type the code and Enter into whatever has
 * focus, so the field takes focus back whenever a key is pressed outside another text field.
 */
export function ScanInput({ prompt, onScan, numeric, defaultValue = '', disabled }: ScanInputProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(defaultValue);

  // Before paint, so nothing a scanner types into the new step is wiped by the reset.
  useLayoutEffect(() => {
    setValue(defaultValue);
    input.current?.focus();
    input.current?.select();
  }, [prompt, defaultValue]);

  useEffect(() => {
    const reclaim = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.ctrlKey || event.metaKey || event.altKey || event.key.length !== 1) return;
      if (target && (TYPING_TARGETS.has(target.tagName) || target.isContentEditable)) return;
      input.current?.focus();
    };
    document.addEventListener('keydown', reclaim, true);
    return () => document.removeEventListener('keydown', reclaim, true);
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const scanned = value.trim();
    if (!scanned || disabled) return;
    setValue('');
    onScan(scanned);
  };

  return (
    <form className="scan-form" onSubmit={submit}>
      <label htmlFor={id} className="scan-prompt">
        {prompt}
      </label>
      <input
        id={id}
        ref={input}
        className="scan-input"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        inputMode={numeric ? 'numeric' : 'text'}
        pattern={numeric ? '[0-9]*' : undefined}
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="go"
        disabled={disabled}
        autoFocus
      />
      <button type="submit" className="button button-primary scan-go" disabled={disabled}>
        Enter
      </button>
    </form>
  );
}
