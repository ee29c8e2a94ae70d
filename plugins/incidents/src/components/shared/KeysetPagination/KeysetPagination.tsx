import Box from '@material-ui/core/Box';
import IconButton from '@material-ui/core/IconButton';
import Typography from '@material-ui/core/Typography';
import ChevronLeftIcon from '@material-ui/icons/ChevronLeft';
import ChevronRightIcon from '@material-ui/icons/ChevronRight';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { KeysetPages } from '../../../hooks';
import { incidentsTranslationRef } from '../../../translation';

/** @public */
export type KeysetPaginationProps = {
  pages: Pick<
    KeysetPages<unknown>,
    'page' | 'hasPrevious' | 'hasNext' | 'previous' | 'next' | 'totalItems'
  >;
  /** How the total reads; "12 incidents" by default. */
  totalText?(count: number): string;
};

/**
 * Previous and next page buttons for cursor pagination, with the page number and, when
 * the backend counted them, how many items (incidents unless told) match.
 *
 * @public
 */
export function KeysetPagination(props: KeysetPaginationProps) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const { pages } = props;
  return (
    <Box
      component="nav"
      aria-label={t('common.pagination')}
      display="flex"
      alignItems="center"
      justifyContent="flex-end"
      gridGap={8}
      paddingTop={1}
    >
      {pages.totalItems !== undefined && (
        <Typography variant="body2" color="textSecondary">
          {props.totalText
            ? props.totalText(pages.totalItems)
            : t('common.totalIncidents', { count: pages.totalItems })}
        </Typography>
      )}
      <IconButton
        aria-label={t('common.previousPage')}
        disabled={!pages.hasPrevious}
        onClick={pages.previous}
        size="small"
      >
        <ChevronLeftIcon />
      </IconButton>
      <Typography variant="body2" aria-live="polite">
        {t('common.pageOf', { page: String(pages.page) })}
      </Typography>
      <IconButton
        aria-label={t('common.nextPage')}
        disabled={!pages.hasNext}
        onClick={pages.next}
        size="small"
      >
        <ChevronRightIcon />
      </IconButton>
    </Box>
  );
}
