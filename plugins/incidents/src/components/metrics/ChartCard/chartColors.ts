import { Theme } from '@material-ui/core/styles';
import { GRAPHICS_CONTRAST, readableColor } from '../../../lib/readableColor';

/**
 * The colours a chart draws its axes, tooltip and marks in, from the theme. Recharts'
 * own are for a white page: grey #666 axes (1.8:1 on a dark theme's card) and a white
 * tooltip whose title takes the page's text colour (white on white in a dark theme).
 */
export function chartColors(theme: Theme) {
  const { background, divider, text } = theme.palette;
  const axisText = readableColor(text.secondary, [background.paper]);
  return {
    /** For `<XAxis>` and `<YAxis>`: their line, ticks and tick labels. */
    axis: { stroke: axisText },
    /** For an axis' `label`. */
    axisLabel: { fill: axisText },
    /** For the default `<Tooltip>`. */
    tooltip: {
      contentStyle: {
        backgroundColor: background.paper,
        borderColor: divider,
      },
      labelStyle: { color: text.primary },
      // Each series' name says which it is: its colour (an orange, a green) is often
      // too light to read as text.
      itemStyle: { color: text.primary },
    },
    /** A mark (bar, line, point) in `color`, made to stand out from the card. */
    mark: (color: string) =>
      readableColor(color, [background.paper], GRAPHICS_CONTRAST),
  };
}
