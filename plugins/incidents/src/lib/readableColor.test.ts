import { getContrastRatio } from '@material-ui/core/styles';
import { readableColor, TEXT_CONTRAST } from './readableColor';

describe('readableColor', () => {
  it('keeps a colour that is readable already', () => {
    expect(readableColor('#123456', ['#ffffff'])).toBe('#123456');
  });

  it('darkens an orange on white just enough to be read', () => {
    const color = readableColor('#FF9800', ['#ffffff', '#F8F8F8']);
    expect(getContrastRatio(color, '#F8F8F8')).toBeGreaterThanOrEqual(
      TEXT_CONTRAST,
    );
    expect(getContrastRatio(color, '#F8F8F8')).toBeLessThan(7);
  });

  it('lightens on a dark background', () => {
    const color = readableColor('#E22134', ['#333333']);
    expect(getContrastRatio(color, '#333333')).toBeGreaterThanOrEqual(
      TEXT_CONTRAST,
    );
  });

  it('darkens a fill under white text', () => {
    const color = readableColor('#2E77D0', ['#fff']);
    expect(getContrastRatio(color, '#fff')).toBeGreaterThanOrEqual(
      TEXT_CONTRAST,
    );
  });

  it('counts transparency as it shows on the background', () => {
    // 54% black reads as 4.47:1 on Backstage's grey page, below the bar.
    const color = readableColor('rgba(0, 0, 0, 0.54)', ['#F8F8F8']);
    expect(getContrastRatio(color, '#F8F8F8')).toBeGreaterThanOrEqual(
      TEXT_CONTRAST,
    );
    expect(color).not.toBe('#000');
  });
});
