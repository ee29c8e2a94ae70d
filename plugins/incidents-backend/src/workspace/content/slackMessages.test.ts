import {
  DEFAULT_SEVERITIES,
  IncidentDetails,
} from '@incident-response/backstage-plugin-incidents-common';
import { IncidentFacts } from './incidentFacts';
import { SlackMessages } from './slackMessages';

const messages = new SlackMessages(
  new IncidentFacts({
    appBaseUrl: 'https://backstage.example.com',
    severities: [...DEFAULT_SEVERITIES],
  }),
  { archiveOnClose: false },
);

const incident = (severity: string | null) =>
  ({
    id: '0b6f2f0e-8f5e-4c55-9a4c-1f9a3c3f0d11',
    number: 'INC-7',
    title: 'Checkout returns 502',
    summary: 'Customers cannot pay',
    description: null,
    severity,
    status: 'active',
    entityRefs: ['component:default/checkout-web'],
    ownerRefs: ['group:default/payments-team'],
    impactStartedAt: '2026-12-01T10:00:00.000Z',
    roles: [
      {
        role: 'incident-commander',
        userRef: 'user:default/guest',
        assignedAt: '2026-12-01T10:05:00.000Z',
        assignedByRef: 'user:default/guest',
        note: null,
      },
    ],
  } as unknown as IncidentDetails);

const nextSteps = (details: IncidentDetails) => {
  const { blocks } = messages.firstMessage(details, {});
  const section = blocks.find(block =>
    JSON.stringify(block).includes('*Next steps*'),
  ) as { text: { text: string } };
  return section.text.text.split('\n').slice(1);
};

describe('the channel first message', () => {
  it('titles the status thread with the severity and says when a postmortem is required', () => {
    const steps = nextSteps(incident('SEV1'));
    expect(steps).toHaveLength(5);
    expect(steps[0]).toMatch(/^1\. \*Incident commander\*: delegate the roles/);
    expect(steps[2]).toContain(
      'start a status thread titled "SEV1 - Critical – summary"',
    );
    expect(steps[4]).toContain('A blameless postmortem is required');
  });

  it('asks first for the severity while it is to be assessed, and never titles a thread "To be assessed"', () => {
    const steps = nextSteps(incident(null));
    expect(steps).toHaveLength(6);
    expect(steps[0]).toBe(
      '1. *Incident commander*: assess the severity in Backstage or here with `/incident severity <SEV1|SEV2|SEV3>`; it decides who is told and whether a postmortem is required, and it can change later.',
    );
    expect(steps[3]).toContain(
      '4. *Communications lead*: start a status thread titled "severity – summary" (the severity once it is assessed)',
    );
    expect(steps.join('\n')).not.toContain('To be assessed');
    expect(steps[5]).not.toContain('postmortem');
  });
});
