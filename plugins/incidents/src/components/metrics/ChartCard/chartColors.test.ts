import { darkTheme, lightTheme } from '@backstage/theme';
import {
  contrastRatio,
  GRAPHICS_CONTRAST,
  TEXT_CONTRAST,
} from '../../../lib/readableColor';
import { chartColors } from './chartColors';

describe.each([
  ['light', lightTheme],
  ['dark', darkTheme],
])("chartColors in Backstage's %s theme", (_name, theme) => {
  const colors = chartColors(theme);
  const { paper } = theme.palette.background;

  it('draws axes and their labels in text that can be read on the card', () => {
    expect(contrastRatio(colors.axis.stroke, paper)).toBeGreaterThanOrEqual(
      TEXT_CONTRAST,
    );
    expect(colors.axisLabel.fill).toBe(colors.axis.stroke);
  });

  it("puts the tooltip on the card's colour, in the theme's text colour", () => {
    expect(colors.tooltip.contentStyle.backgroundColor).toBe(paper);
    expect(colors.tooltip.labelStyle.color).toBe(theme.palette.text.primary);
    expect(colors.tooltip.itemStyle.color).toBe(theme.palette.text.primary);
  });

  it.each(['error', 'warning', 'info', 'success'] as const)(
    'makes a %s mark stand out from the card',
    tone => {
      expect(
        contrastRatio(colors.mark(theme.palette[tone].main), paper),
      ).toBeGreaterThanOrEqual(GRAPHICS_CONTRAST);
    },
  );
});

it("replaces recharts' grey axes, unreadable in the dark theme", () => {
  const paper = darkTheme.palette.background.paper;
  expect(contrastRatio('#666666', paper)).toBeLessThan(TEXT_CONTRAST);
  expect(chartColors(darkTheme).axis.stroke).not.toBe('#666666');
});
