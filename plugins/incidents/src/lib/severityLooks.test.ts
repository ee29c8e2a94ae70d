import { darkTheme, lightTheme } from '@backstage/theme';
import { contrastRatio, GRAPHICS_CONTRAST } from './readableColor';
import { severityLook } from './severityLooks';

describe.each([
  ['light', lightTheme.palette],
  ['dark', darkTheme.palette],
])("severityLook in Backstage's %s theme", (_name, palette) => {
  const ranks = [0, 1, 2, 3, 4];

  it.each(ranks)(
    'draws rank %i in a colour that stands out from the card',
    rank => {
      expect(
        contrastRatio(
          severityLook(rank, palette).color,
          palette.background.paper,
        ),
      ).toBeGreaterThanOrEqual(GRAPHICS_CONTRAST);
    },
  );

  it('gives the first three ranks a shape and a pattern each, besides the colour', () => {
    const looks = [0, 1, 2].map(rank => severityLook(rank, palette));
    expect(new Set(looks.map(look => look.shape)).size).toBe(3);
    expect(new Set(looks.map(look => look.pattern)).size).toBe(3);
  });
});
