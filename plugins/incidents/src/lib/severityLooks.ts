import { Palette } from '@material-ui/core/styles/createPalette';
import { GRAPHICS_CONTRAST, readableColor } from './readableColor';

/** Symbols recharts can draw for a scatter series. */
export type PointShape = 'diamond' | 'triangle' | 'circle' | 'square' | 'cross';

/** How a severity is drawn on the charts. */
export type SeverityLook = {
  color: string;
  /** The point shape on duration charts. */
  shape: PointShape;
  /** The fill pattern on bar charts. */
  pattern: 'solid' | 'stripes' | 'dots' | 'grid';
};

/**
 * The look of a severity by its rank (0 is the most severe): the tones of the severity
 * chips, darkened or lightened until they stand out from the card (a light theme's
 * orange and a dark theme's red do not), plus a shape and a fill pattern of its own, so
 * that severities are told apart without colour too.
 */
export function severityLook(rank: number, palette: Palette): SeverityLook {
  const looks: SeverityLook[] = [
    { color: palette.error.main, shape: 'diamond', pattern: 'solid' },
    { color: palette.warning.main, shape: 'triangle', pattern: 'stripes' },
    { color: palette.info.main, shape: 'circle', pattern: 'dots' },
  ];
  const look = looks[rank] ?? {
    color: palette.grey[600],
    shape: rank % 2 === 0 ? 'square' : 'cross',
    pattern: 'grid',
  };
  return {
    ...look,
    color: readableColor(
      look.color,
      [palette.background.paper],
      GRAPHICS_CONTRAST,
    ),
  };
}
