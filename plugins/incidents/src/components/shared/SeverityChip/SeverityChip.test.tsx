import { screen } from '@testing-library/react';
import { testConfig } from '../../../__testUtils__/fixtures';
import { TestLanguage } from '../../../__testUtils__/language';
import { renderWithApis } from '../../../__testUtils__/render';
import { SeverityChip } from './SeverityChip';

describe('SeverityChip', () => {
  it('shows a severity by its id, with a different icon per rank', async () => {
    await renderWithApis(
      <>
        <SeverityChip severity="SEV1" severities={testConfig.severities} />
        <SeverityChip severity="SEV3" severities={testConfig.severities} />
      </>,
    );
    const critical = screen.getByText('SEV1').closest('.MuiChip-root')!;
    const minor = screen.getByText('SEV3').closest('.MuiChip-root')!;
    expect(critical.querySelector('svg')!.innerHTML).not.toEqual(
      minor.querySelector('svg')!.innerHTML,
    );
  });

  describe.each<[TestLanguage, string]>([
    ['en', 'To be assessed'],
    ['fr', 'À évaluer'],
  ])('in %s', (language, words) => {
    it('says in words that the severity is to be assessed, outlined apart from the others', async () => {
      await renderWithApis(
        <>
          <SeverityChip severity={null} severities={testConfig.severities} />
          <SeverityChip severity="SEV3" severities={testConfig.severities} />
        </>,
        { language },
      );
      const unassessed = screen.getByText(words).closest('.MuiChip-root')!;
      const minor = screen.getByText('SEV3').closest('.MuiChip-root')!;
      expect(unassessed).toHaveClass('MuiChip-outlined');
      expect(minor).not.toHaveClass('MuiChip-outlined');
      expect(unassessed.querySelector('svg')!.innerHTML).not.toEqual(
        minor.querySelector('svg')!.innerHTML,
      );
    });
  });
});
