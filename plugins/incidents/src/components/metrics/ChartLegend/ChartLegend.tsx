import { makeStyles } from '@material-ui/core';
import { DefaultLegendContentProps, LegendPayload, Symbols } from 'recharts';

const SIZE = 32;

const useStyles = makeStyles(theme => ({
  list: {
    margin: 0,
    padding: 0,
    textAlign: 'center',
    listStyle: 'none',
  },
  item: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    marginRight: theme.spacing(1.5),
  },
}));

function Swatch({ entry }: { entry: LegendPayload }) {
  const color = entry.color;
  switch (entry.type) {
    case 'plainline':
    case 'line':
      return (
        <line
          x1={0}
          y1={SIZE / 2}
          x2={SIZE}
          y2={SIZE / 2}
          stroke={color}
          strokeWidth={4}
          strokeDasharray={
            (entry.payload as { strokeDasharray?: string } | undefined)
              ?.strokeDasharray
          }
        />
      );
    case 'rect':
    case undefined:
      return (
        <rect y={SIZE / 8} width={SIZE} height={(SIZE * 3) / 4} fill={color} />
      );
    default:
      return (
        <Symbols
          fill={color}
          cx={SIZE / 2}
          cy={SIZE / 2}
          size={SIZE}
          sizeType="diameter"
          type={entry.type === 'none' ? 'square' : entry.type}
        />
      );
  }
}

/**
 * A chart's legend, for `<Legend content={ChartLegend} />`: recharts' own legend names
 * each swatch "… legend icon" for screen readers, who then hear every series twice; here
 * the swatch is drawing only and the series' name is read once.
 */
export function ChartLegend(props: DefaultLegendContentProps) {
  const classes = useStyles();
  return (
    <ul className={classes.list}>
      {(props.payload ?? [])
        .filter(entry => entry.type !== 'none')
        .map(entry => (
          <li key={entry.value} className={classes.item}>
            <svg
              aria-hidden="true"
              focusable="false"
              width={14}
              height={14}
              viewBox={`0 0 ${SIZE} ${SIZE}`}
            >
              <Swatch entry={entry} />
            </svg>
            {entry.value}
          </li>
        ))}
    </ul>
  );
}
