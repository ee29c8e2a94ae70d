/**
 * Whether `value` is one of `values`, narrowing its type.
 *
 * @public
 */
export function isOneOf<T extends string>(
  values: readonly T[],
  value: unknown,
): value is T {
  return (
    typeof value === 'string' && (values as readonly string[]).includes(value)
  );
}
