/**
 * A random key for the `Idempotency-Key` header. `crypto.randomUUID` only exists in
 * secure contexts (HTTPS or localhost), so an app served over plain HTTP falls back to
 * `crypto.getRandomValues`, which is available everywhere.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}
