import { parseTrackingRange } from './readGoogleSettings';

describe('parseTrackingRange', () => {
  it('reads plain and quoted sheet names', () => {
    expect(parseTrackingRange('Incidents!A:J')).toEqual({
      sheet: 'Incidents',
      firstColumn: 'A',
      lastColumn: 'J',
    });
    expect(parseTrackingRange("'Incident log ''26'!B1:K")).toEqual({
      sheet: "Incident log '26",
      firstColumn: 'B',
      lastColumn: 'K',
    });
  });
});
