import { ConfigReader } from '@backstage/config';
import {
  DEFAULT_SEVERITIES,
  INCIDENT_ROLES,
} from '@incident-response/backstage-plugin-incidents-common';
import {
  BILINGUAL_NOTIFICATION_TEXTS,
  IncidentNoticeFacts,
  NOTIFICATION_TEXTS,
  notificationTexts,
  readNotificationLanguage,
} from './notificationTexts';

const item = {
  title: 'Drain connections on restart',
  incidentNumber: 'INC-7',
  ownerRef: 'group:default/payments-team',
  dueOn: '2026-11-03',
};

const incident: IncidentNoticeFacts = {
  number: 'INC-7',
  title: 'Customer addresses exposed',
  severity: DEFAULT_SEVERITIES[0],
  entityRefs: ['component:default/payments-gateway'],
  security: true,
  drill: false,
};

describe('notification texts', () => {
  it('reads the language, unset meaning English and French', () => {
    const read = (language?: string) =>
      readNotificationLanguage(
        new ConfigReader(
          language ? { incidents: { notifications: { language } } } : {},
        ),
      );
    expect(read()).toBeUndefined();
    expect(read('fr')).toBe('fr');
    expect(notificationTexts(read())).toBe(BILINGUAL_NOTIFICATION_TEXTS);
    expect(notificationTexts(read('en'))).toBe(NOTIFICATION_TEXTS.en);
    expect(() => read('de')).toThrow(
      "incidents.notifications.language: 'de' is not one of en, fr",
    );
  });

  it('writes both languages once each, with what people wrote once', () => {
    expect(BILINGUAL_NOTIFICATION_TEXTS.actionItemOverdue(item)).toEqual({
      title:
        'Action item overdue since 2026-11-03 / Action en retard depuis le 3 novembre 2026: Drain connections on restart',
      description: [
        'From the postmortem of INC-7, owned by payments-team. Finish it, or change its due date or status.',
        'Issue du post-mortem de INC-7, confiée à payments-team. Terminez-la, ou changez son échéance ou son statut.',
      ].join('\n\n'),
    });
    expect(BILINGUAL_NOTIFICATION_TEXTS.postmortemDue(incident).title).toBe(
      'The postmortem of INC-7 is due / Le post-mortem de INC-7 est à rédiger',
    );
    // One language is as it always was.
    expect(NOTIFICATION_TEXTS.fr.actionItemDueSoon(item).title).toBe(
      "Action à terminer d'ici le 3 novembre 2026\u00a0: Drain connections on restart",
    );
  });

  it('names every role in both languages and keeps a security incident’s warning', () => {
    for (const role of INCIDENT_ROLES) {
      const { title } = BILINGUAL_NOTIFICATION_TEXTS.roleAssigned(incident, {
        role,
        fromRef: null,
        note: null,
      });
      expect(title).toMatch(
        /^You are now [a-z ]+ of INC-7 \/ Vous êtes maintenant [^A-Z]+ de INC-7: Customer addresses exposed$/,
      );
    }
    const declared = NOTIFICATION_TEXTS.fr.incidentDeclared(
      incident,
      'user:default/alice',
      'live',
    );
    expect(declared).toEqual({
      title:
        'Incident de sécurité INC-7 déclaré (SEV1)\u00a0: Customer addresses exposed',
      description:
        "Un incident SEV1 - Critique touchant payments-gateway, déclaré par alice. Ouvrez-le pour suivre ou rejoindre l'intervention. Ses détails sont réservés à ses intervenants, aux équipes propriétaires de ce qu'il touche et aux intervenants sécurité\u00a0: gardez-les entre eux.",
    });
  });
});
