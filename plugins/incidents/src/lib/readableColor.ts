import {
  darken,
  decomposeColor,
  lighten,
  recomposeColor,
} from '@material-ui/core/styles';

/** WCAG 2.1 AA contrast for text of normal size (1.4.3). */
export const TEXT_CONTRAST = 4.5;

/** WCAG 2.1 AA contrast for the marks of a chart against its background (1.4.11). */
export const GRAPHICS_CONTRAST = 3;

/** A colour with transparency as it shows on an opaque background. */
function over(color: string, background: string): string {
  const { values } = decomposeColor(color);
  const alpha = values[3] ?? 1;
  if (alpha >= 1) {
    return color;
  }
  const base = decomposeColor(background).values;
  return recomposeColor({
    type: 'rgb',
    values: [0, 1, 2].map(i =>
      Math.round(values[i] * alpha + base[i] * (1 - alpha)),
    ) as [number, number, number],
  });
}

/** WCAG's relative luminance of an opaque colour. */
function luminance(color: string): number {
  const [r, g, b] = decomposeColor(color)
    .values.slice(0, 3)
    .map(value => {
      const channel = value / 255;
      return channel <= 0.03928
        ? channel / 12.92
        : ((channel + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * WCAG's contrast ratio of a colour, see-through or not, on an opaque background,
 * unrounded as axe and browsers compute it. Material UI's `getContrastRatio` rounds
 * each luminance to three decimals first, which next to dark greys (luminance about
 * 0.05) passes a ratio of 4.49 as 4.51.
 */
export function contrastRatio(color: string, background: string): number {
  const [darker, lighter] = [
    luminance(over(color, background)),
    luminance(background),
  ].sort((x, y) => x - y);
  return (lighter + 0.05) / (darker + 0.05);
}

/**
 * The theme's colour, darkened next to light colours or lightened next to dark ones
 * just enough to reach `ratio` against each of them: text in a tone on the page's
 * backgrounds, or a chip's fill under its text. Themes pick their tones (warning
 * orange, success green) to be seen, not read; the chips use this so they stay
 * readable in any theme.
 */
export function readableColor(
  color: string,
  against: string[],
  ratio: number = TEXT_CONTRAST,
): string {
  const light =
    contrastRatio(against[0], '#000') > contrastRatio(against[0], '#fff');
  const shift = light ? darken : lighten;
  const reaches = (candidate: string) =>
    against.every(other => contrastRatio(candidate, other) >= ratio);
  if (reaches(color)) {
    return color;
  }
  const opaque = over(color, against[0]);
  for (let step = 1; step <= 20; step += 1) {
    const candidate = shift(opaque, step / 20);
    if (reaches(candidate)) {
      return candidate;
    }
  }
  return light ? '#000' : '#fff';
}
