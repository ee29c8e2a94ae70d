import { screen } from '@testing-library/react';
import { testConfig } from '../../../__testUtils__/fixtures';
import {
  emptyMetrics,
  someMetrics,
} from '../../../__testUtils__/metricsFixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { aFailedResponse } from '../../../__testUtils__/responseErrors';
import { IncidentMetricsResult } from './IncidentMetricsResult';

const EMPTY = 'Declare incidents on Cart service to see them here.';

describe('IncidentMetricsResult', () => {
  it('shows progress until the metrics and severities are there', async () => {
    await renderWithApis(
      <IncidentMetricsResult
        metrics={someMetrics()}
        loading={false}
        emptyDescription={EMPTY}
      />,
    );
    expect(
      await screen.findByRole('progressbar', { name: 'Loading the metrics' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Summary' })).toBeNull();
  });

  it('keeps the charts while newer metrics load, with a bar above them', async () => {
    await renderWithApis(
      <IncidentMetricsResult
        metrics={someMetrics()}
        severities={testConfig.severities}
        loading
        emptyDescription={EMPTY}
      />,
    );
    expect(screen.getByRole('table', { name: 'Summary' })).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
  });

  it('explains an empty result', async () => {
    await renderWithApis(
      <IncidentMetricsResult
        metrics={emptyMetrics()}
        severities={testConfig.severities}
        loading={false}
        emptyDescription={EMPTY}
      />,
    );
    expect(screen.getByText(EMPTY)).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows the error instead of older charts', async () => {
    await renderWithApis(
      <IncidentMetricsResult
        metrics={someMetrics()}
        severities={testConfig.severities}
        loading={false}
        error={await aFailedResponse(500, {
          name: 'Error',
          message: 'metrics unavailable',
        })}
        emptyDescription={EMPTY}
      />,
    );
    expect(
      screen.getByText('Could not load the metrics', { exact: false }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Something went wrong on the server; try again in a moment.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/metrics unavailable/)).toBeNull();
    expect(screen.queryByRole('table', { name: 'Summary' })).toBeNull();
  });
});
