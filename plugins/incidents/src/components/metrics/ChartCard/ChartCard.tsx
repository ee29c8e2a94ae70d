import Box from '@material-ui/core/Box';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Switch from '@material-ui/core/Switch';
import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ReactNode, useState } from 'react';
import { useUniqueId } from '../../../hooks';
import { incidentsTranslationRef } from '../../../translation';

/**
 * Props for the recharts chart of a {@link ChartCard}: the drawing is a picture named by
 * its title and description, not a tab stop. Recharts' keyboard layer moves a tooltip
 * that screen readers do not hear, and the points of a scatter cannot be walked in any
 * useful order; the card's "Show as table" switch, the first tab stop after its title,
 * gives the same data as tables, with a link to each incident.
 */
export const STATIC_CHART = { accessibilityLayer: false, role: 'img' } as const;

/** @public */
export type ChartCardProps = {
  title: string;
  /** The chart, shown until the reader asks for the table. */
  chart: ReactNode;
  /** The same data as one or more tables, for screen readers and people who prefer numbers. */
  table: ReactNode;
  /** Under the chart or the table, e.g. what the data leaves out. */
  notes?: ReactNode;
};

/**
 * A card with a chart and a "Show as table" switch that replaces the chart with the
 * same data as tables. The card is a region named by its title.
 *
 * @public
 */
export function ChartCard(props: ChartCardProps) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const [asTable, setAsTable] = useState(false);
  const titleId = useUniqueId('chart-title');
  return (
    <section aria-labelledby={titleId} style={{ height: '100%' }}>
      <InfoCard
        title={<span id={titleId}>{props.title}</span>}
        action={
          <FormControlLabel
            control={
              <Switch
                checked={asTable}
                onChange={event => setAsTable(event.target.checked)}
                color="primary"
                size="small"
              />
            }
            label={t('charts.showTable')}
          />
        }
      >
        {asTable ? props.table : props.chart}
        {props.notes && <Box marginTop={1}>{props.notes}</Box>}
      </InfoCard>
    </section>
  );
}
