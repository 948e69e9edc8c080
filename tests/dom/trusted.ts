/**
 * Marks a synthetic event as the browser's own (`isTrusted`), for DOM tests of code that acts on
 * trusted input only. happy-dom has no `isTrusted` at all (every event reads as untrusted there).
 */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
