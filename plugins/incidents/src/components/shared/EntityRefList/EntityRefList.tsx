import { EntityRefLink } from '@backstage/plugin-catalog-react';

/** @public */
export type EntityRefListProps = {
  entityRefs: string[];
  /** The kind to leave out of the links' text, e.g. `group` for owners. */
  defaultKind?: string;
};

/**
 * Catalog entity links one under the other, which reads better than commas in a narrow
 * table column.
 *
 * @public
 */
export function EntityRefList(props: EntityRefListProps) {
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {props.entityRefs.map(ref => (
        <li key={ref}>
          <EntityRefLink entityRef={ref} defaultKind={props.defaultKind} />
        </li>
      ))}
    </ul>
  );
}
