import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  EntityRefLink,
  humanizeEntityRef,
} from '@backstage/plugin-catalog-react';
import { parseEntityRef } from '@backstage/catalog-model';
import { incidentsTranslationRef } from '../../../translation';

/** @public */
export type EntityRefListProps = {
  entityRefs: string[];
  /** The kind to leave out of the links' text, e.g. `group` for owners. */
  defaultKind?: string;
  /** At most this many links; the others are counted (`+2`) and named in a tooltip. */
  max?: number;
};

/**
 * Catalog entity links one under the other, which reads better than commas in a narrow
 * table column.
 *
 * @public
 */
export function EntityRefList(props: EntityRefListProps) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const shown = props.entityRefs.slice(0, props.max);
  const others = props.entityRefs.slice(shown.length).map(ref =>
    humanizeEntityRef(parseEntityRef(ref), {
      defaultKind: props.defaultKind,
    }),
  );
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {shown.map(ref => (
        <li key={ref}>
          <EntityRefLink entityRef={ref} defaultKind={props.defaultKind} />
        </li>
      ))}
      {others.length > 0 && (
        <li>
          <Tooltip title={others.join(', ')}>
            <Typography
              variant="body2"
              component="span"
              aria-label={t('table.moreEntities', {
                count: others.length,
                names: others.join(', '),
              })}
            >
              +{others.length}
            </Typography>
          </Tooltip>
        </li>
      )}
    </ul>
  );
}
