import { Knex } from 'knex';

/**
 * The next number of a counter (`incident_number`, `known_error_number`). The counter
 * row stays locked until the transaction commits and a rollback undoes the increment,
 * so numbers are unique and gap-free across concurrent writers and replicas.
 */
export async function nextNumber(
  trx: Knex.Transaction,
  counter: string,
): Promise<number> {
  const [row] = await trx('incident_counters')
    .where({ name: counter })
    .increment('value', 1)
    .returning('value');
  return Number(typeof row === 'object' ? row.value : row);
}
