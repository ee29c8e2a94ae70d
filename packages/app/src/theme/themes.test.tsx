import {
  decomposeColor,
  getContrastRatio,
  Theme,
} from '@material-ui/core/styles';
import { darkTheme, lightTheme } from './themes';

/** A colour with transparency as it shows on an opaque background. */
function over(color: string, background: string) {
  const [r, g, b, alpha = 1] = decomposeColor(color).values;
  const [br, bg, bb] = decomposeColor(background).values;
  const mix = (c: number, base: number) =>
    Math.round(c * alpha + base * (1 - alpha));
  return `rgb(${mix(r, br)}, ${mix(g, bg)}, ${mix(b, bb)})`;
}

describe('the light theme', () => {
  const palette = lightTheme.getTheme('v4')!.palette;

  it.each(['default', 'paper'] as const)(
    'has secondary text readable on the %s background (WCAG AA, 4.5:1)',
    background => {
      const surface = palette.background[background];
      expect(
        getContrastRatio(over(palette.text.secondary, surface), surface),
      ).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('keeps the primary text of Backstage', () => {
    expect(palette.text.primary).toBe('rgba(0, 0, 0, 0.87)');
  });
});

describe.each([
  ['light', lightTheme],
  ['dark', darkTheme],
])('placeholders in the %s theme', (_name, theme) => {
  // Material UI v4's theme: the one with `overrides`.
  const v4 = theme.getTheme('v4') as Theme;

  it.each(['default', 'paper'] as const)(
    'are readable on the %s background (WCAG AA, 4.5:1)',
    background => {
      const placeholder = (
        v4.overrides?.MuiInputBase?.input as Record<
          string,
          { color: string; opacity: number }
        >
      )['&::placeholder'];
      const surface = v4.palette.background[background];
      expect(placeholder.opacity).toBe(1);
      expect(
        getContrastRatio(over(placeholder.color, surface), surface),
      ).toBeGreaterThanOrEqual(4.5);
    },
  );
});
