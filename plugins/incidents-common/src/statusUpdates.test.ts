import { composeStatusUpdate } from './statusUpdates';

describe('composeStatusUpdate', () => {
  it('writes the handbook pattern as Markdown, bullets normalised', () => {
    expect(
      composeStatusUpdate(
        {
          summary: ' Checkout fails for 30% of users. ',
          currentStatus: '- Rolled back\n\n* Errors falling\n• Cause unknown',
          nextSteps: 'Watch error rate\nPostmortem',
          nextUpdate: ' 15:00 in #incident-checkout ',
        },
        {
          severity: 'SEV1',
          title: 'Checkout returns 502',
          headings: {
            currentStatus: 'Current status',
            nextSteps: 'Next steps',
            nextUpdate: 'Next update:',
          },
        },
      ),
    ).toBe(
      [
        '**SEV1 – Checkout returns 502**',
        'Checkout fails for 30% of users.',
        '**Current status**\n\n- Rolled back\n- Errors falling\n- Cause unknown',
        '**Next steps**\n\n- Watch error rate\n- Postmortem',
        '**Next update:** 15:00 in #incident-checkout',
      ].join('\n\n'),
    );
  });
});
