import { darkTheme, lightTheme } from '@backstage/theme';
import { contrastRatio, readableColor, TEXT_CONTRAST } from './readableColor';

describe('contrastRatio', () => {
  it('is 21:1 from black to white, either way round', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21);
  });

  it('does not round a dark grey up over the bar, as axe does not', () => {
    // Material UI's getContrastRatio says 4.51 here; the exact ratio is 4.49.
    expect(contrastRatio('#6fbf73', '#424242')).toBeLessThan(TEXT_CONTRAST);
    expect(contrastRatio('#6fbf73', '#424242')).toBeCloseTo(4.487, 3);
  });

  it('counts a see-through colour as it shows on the background', () => {
    expect(contrastRatio('rgba(0, 0, 0, 0.5)', '#fff')).toBe(
      contrastRatio('rgb(128, 128, 128)', '#fff'),
    );
  });
});

describe('readableColor', () => {
  it('keeps a colour that is readable already', () => {
    expect(readableColor('#123456', ['#ffffff'])).toBe('#123456');
  });

  it('darkens an orange on white just enough to be read', () => {
    const color = readableColor('#FF9800', ['#ffffff', '#F8F8F8']);
    expect(contrastRatio(color, '#F8F8F8')).toBeGreaterThanOrEqual(
      TEXT_CONTRAST,
    );
    expect(contrastRatio(color, '#F8F8F8')).toBeLessThan(7);
  });

  it('lightens on a dark background', () => {
    const color = readableColor('#E22134', ['#333333']);
    expect(contrastRatio(color, '#333333')).toBeGreaterThanOrEqual(
      TEXT_CONTRAST,
    );
  });

  it('darkens a fill under white text', () => {
    const color = readableColor('#2E77D0', ['#fff']);
    expect(contrastRatio(color, '#fff')).toBeGreaterThanOrEqual(TEXT_CONTRAST);
  });

  it('counts transparency as it shows on the background', () => {
    // 54% black reads as 4.47:1 on Backstage's grey page, below the bar.
    const color = readableColor('rgba(0, 0, 0, 0.54)', ['#F8F8F8']);
    expect(contrastRatio(color, '#F8F8F8')).toBeGreaterThanOrEqual(
      TEXT_CONTRAST,
    );
    expect(color).not.toBe('#000');
  });

  describe.each([
    ['light', lightTheme.palette],
    ['dark', darkTheme.palette],
  ])("in Backstage's %s theme", (_name, palette) => {
    const backgrounds = [palette.background.paper, palette.background.default];

    it.each(['error', 'warning', 'info', 'success'] as const)(
      'makes the %s tone readable as text on the paper and the page',
      tone => {
        const color = readableColor(palette[tone].main, backgrounds);
        for (const background of backgrounds) {
          expect(contrastRatio(color, background)).toBeGreaterThanOrEqual(
            TEXT_CONTRAST,
          );
        }
      },
    );

    it.each(['error', 'warning', 'info'] as const)(
      'makes the %s tone readable as a fill under its contrast text',
      tone => {
        const text = palette[tone].contrastText;
        const fill = readableColor(palette[tone].main, [text]);
        expect(contrastRatio(fill, text)).toBeGreaterThanOrEqual(TEXT_CONTRAST);
      },
    );
  });
});
