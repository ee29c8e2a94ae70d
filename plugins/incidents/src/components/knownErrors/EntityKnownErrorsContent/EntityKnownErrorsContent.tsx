import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { EmptyState, Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { KNOWN_ERROR_LIMITS } from '@incident-response/backstage-plugin-incidents-common';
import { useState } from 'react';
import { useKnownErrorChanges, useKnownErrorPages } from '../../../hooks';
import { incidentsTranslationRef } from '../../../translation';
import { ErrorNotice, KeysetPagination } from '../../shared';
import { RecordKnownErrorButton } from '../KnownErrorDialog';
import { KnownErrorsTable } from '../KnownErrorsTable';
import { useKnownErrorSuggestions } from '../useKnownErrorSuggestions';

/**
 * The Known errors tab of an entity page (components, systems, APIs, resources): the
 * known errors recorded on the entity, whatever their status, then those of what it
 * depends on, what depends on it and the rest of its system, marked with why they are
 * listed. **Record a known error** starts with the entity as affected service. It
 * updates itself when a known error changes.
 *
 * @public
 */
export function EntityKnownErrorsContent() {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const entityName = entity.metadata.title ?? entity.metadata.name;

  const own = useKnownErrorPages(
    { entityRef },
    KNOWN_ERROR_LIMITS.pageSizeDefault,
  );
  const [version, setVersion] = useState(0);
  const related = useKnownErrorSuggestions({
    entityRef,
    text: '',
    limit: KNOWN_ERROR_LIMITS.suggestionsMax,
    immediate: true,
    reloadKey: version,
  });
  useKnownErrorChanges(
    () => true,
    () => {
      own.reload();
      setVersion(v => v + 1);
    },
  );
  // The entity's own are in the first list; these are its relations'.
  const ofRelations = related.items.filter(
    suggestion => !suggestion.reasons.includes('same-entity'),
  );

  if (own.error) {
    return (
      <ErrorNotice
        title={t('knownErrors.entityTab.loadError')}
        error={own.error}
        onRetry={own.reload}
      />
    );
  }
  if (!own.ready) {
    return <Progress aria-label={t('common.loading')} />;
  }
  const recordButton = (
    <RecordKnownErrorButton prefill={{ entityRefs: [entityRef] }} />
  );
  if (
    own.items.length === 0 &&
    !own.hasPrevious &&
    ofRelations.length === 0 &&
    !related.loading
  ) {
    return (
      <EmptyState
        missing="data"
        title={t('knownErrors.entityTab.empty', { entity: entityName })}
        description={t('knownErrors.listPage.emptyDescription')}
        action={recordButton}
      />
    );
  }

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <Box display="flex" justifyContent="flex-end">
          {recordButton}
        </Box>
      </Grid>
      <Grid item xs={12}>
        <KnownErrorsTable
          title={t('knownErrors.entityTab.title', { entity: entityName })}
          knownErrors={own.items}
          columns={['lastSeen']}
          loading={own.loading}
          emptyContent={t('knownErrors.entityTab.empty', {
            entity: entityName,
          })}
          footer={
            <KeysetPagination
              pages={own}
              totalText={count => t('knownErrors.total', { count })}
            />
          }
        />
      </Grid>
      <Grid item xs={12}>
        <KnownErrorsTable
          title={t('knownErrors.entityTab.relatedTitle')}
          subheader={t('knownErrors.entityTab.relatedHelp', {
            entity: entityName,
          })}
          knownErrors={ofRelations}
          columns={['reasons']}
          loading={related.loading}
          emptyContent={
            related.error
              ? t('knownErrors.entityTab.relatedError')
              : t('knownErrors.entityTab.relatedEmpty')
          }
        />
      </Grid>
      <Grid item xs={12}>
        <Typography variant="caption" color="textSecondary">
          {t('knownErrors.entityTab.liveUpdates')}
        </Typography>
      </Grid>
    </Grid>
  );
}
