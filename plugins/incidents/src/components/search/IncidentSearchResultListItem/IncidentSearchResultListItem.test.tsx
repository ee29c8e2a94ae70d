import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { renderWithApis } from '../../../__testUtils__/render';
import { IncidentSearchResultListItem } from './IncidentSearchResultListItem';

const result = {
  title: 'INC-12 · Checkout returns 502',
  text: 'Every basket fails at payment.',
  location: '/incidents/INC-12',
  number: 'INC-12',
  severity: 'SEV2',
  status: 'mitigated',
  entityRef: 'component:default/checkout-web',
  declaredAt: '2026-11-22T10:00:00Z',
};

describe('IncidentSearchResultListItem', () => {
  it('links to the incident and shows its text, status, severity, entity and declare time', async () => {
    await renderInTestApp(<IncidentSearchResultListItem result={result} />);
    expect(
      screen.getByRole('link', { name: 'INC-12 · Checkout returns 502' }),
    ).toHaveAttribute('href', '/incidents/INC-12');
    expect(
      screen.getByText('Every basket fails at payment.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Incident')).toBeInTheDocument();
    expect(screen.getByText('Mitigated')).toBeInTheDocument();
    expect(screen.getByText('Severity: SEV2')).toBeInTheDocument();
    expect(
      screen.getByText('Affects component:checkout-web'),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Declared .*2026/)).toBeInTheDocument();
  });

  it('shows where the search matched', async () => {
    await renderInTestApp(
      <IncidentSearchResultListItem
        result={result}
        highlight={{
          preTag: '<em>',
          postTag: '</em>',
          fields: { title: 'INC-12 · Checkout returns <em>502</em>' },
        }}
      />,
    );
    expect(screen.getByText('502').tagName).toBe('MARK');
  });

  it('leaves out what the document lacks, and a status it does not know', async () => {
    await renderInTestApp(
      <IncidentSearchResultListItem
        result={{
          ...result,
          status: 'archived',
          entityRef: '',
          severity: undefined as unknown as string,
        }}
      />,
    );
    expect(screen.getByText('Incident')).toBeInTheDocument();
    expect(screen.queryByText(/^Severity/)).not.toBeInTheDocument();
    expect(screen.queryByText(/^Affects/)).not.toBeInTheDocument();
    expect(screen.queryByText('archived')).not.toBeInTheDocument();
  });

  it('says when the severity is to be assessed, in English and French', async () => {
    const unassessed = { ...result, severity: null };
    const { unmount } = await renderWithApis(
      <IncidentSearchResultListItem result={unassessed} />,
    );
    expect(screen.getByText('Severity to be assessed')).toBeInTheDocument();
    unmount();
    await renderWithApis(<IncidentSearchResultListItem result={unassessed} />, {
      language: 'fr',
    });
    expect(await screen.findByText('Gravité à évaluer')).toBeInTheDocument();
  });

  it('renders nothing without a result', async () => {
    await renderInTestApp(
      <div data-testid="empty">
        <IncidentSearchResultListItem />
      </div>,
    );
    expect(screen.getByTestId('empty')).toBeEmptyDOMElement();
  });
});
