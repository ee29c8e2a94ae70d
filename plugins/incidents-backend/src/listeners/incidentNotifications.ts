import { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import {
  NotificationSendOptions,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import {
  IncidentDetails,
  SeverityDefinition,
} from '@incident-response/backstage-plugin-incidents-common';
import { PeopleDirectory } from '../catalog/PeopleDirectory';
import { sameRef, securityReaders } from './securityReaders';
import { ChangeListener, IncidentChangedEvent } from '../lib/changeListeners';
import { IncidentNoticeFacts, NotificationTexts } from './notificationTexts';

type NotificationSeverity = NonNullable<
  NotificationSendOptions['payload']['severity']
>;

/** The topics of the incident notifications, which users can turn off one by one. */
export const INCIDENT_NOTIFICATION_TOPICS = {
  declared: 'incident-declared',
  roleAssigned: 'incident-role-assigned',
  resolved: 'incident-resolved',
} as const;

/**
 * The notification severity of an incident: the configured severities are listed most
 * severe first, so the first is critical (SEV1 by default), the second high (SEV2), the
 * others, and a severity no longer configured, normal. One still to be assessed may be
 * anything, so it is high, short of paging like a critical one. A drill is never more
 * than normal: it must not page anyone through a notification processor.
 */
export function notificationSeverity(
  incident: { severity: string | null; drill: boolean },
  severities: SeverityDefinition[],
): NotificationSeverity {
  if (incident.drill) {
    return 'normal';
  }
  if (incident.severity === null) {
    return 'high';
  }
  const rank = severities.findIndex(s => s.id === incident.severity);
  if (rank === 0) {
    return 'critical';
  }
  return rank === 1 ? 'high' : 'normal';
}

/**
 * Tells people about incidents through Backstage notifications, once a change has
 * committed: the owner teams of what a new incident affects (not its declarer), whoever
 * is given a role (unless they took it themselves), and the reporter when it is
 * resolved (unless they resolved it). One notification per incident, purpose and
 * recipient (its `scope`): a later one replaces it, unread again, instead of piling up.
 *
 * A security incident's notifications reach only people who may read it: its role
 * holders, the direct members of its owner teams and of the security responder groups
 * (as the safe default in `lib/authorize.ts` decides), resolved to users here, since
 * Backstage would also notify the members of the groups' child groups.
 */
export function notifyIncidentChanges(deps: {
  notifications: NotificationService;
  people: PeopleDirectory;
  texts: NotificationTexts;
  severities: SeverityDefinition[];
  securityResponderGroups: string[];
  logger: LoggerService;
}): ChangeListener<IncidentChangedEvent> {
  const { texts } = deps;

  const facts = (incident: IncidentDetails): IncidentNoticeFacts => ({
    number: incident.number,
    title: incident.title,
    severity:
      incident.severity === null
        ? null
        : deps.severities.find(s => s.id === incident.severity) ?? {
            id: incident.severity,
            name: incident.severity,
            description: '',
            examples: [],
            postmortemRequired: false,
          },
    entityRefs: incident.entityRefs,
    security: incident.security,
    drill: incident.drill,
  });

  const readersOf = (incident: IncidentDetails) =>
    securityReaders(incident, deps);

  async function mayRead(incident: IncidentDetails, userRef: string) {
    if (
      !incident.security ||
      incident.roles.some(assignment => sameRef(assignment.userRef, userRef))
    ) {
      return true;
    }
    return (await readersOf(incident)).some(reader => sameRef(reader, userRef));
  }

  async function send(
    incident: IncidentDetails,
    purpose: keyof typeof INCIDENT_NOTIFICATION_TOPICS,
    recipients: NotificationSendOptions['recipients'],
    text: { title: string; description: string },
    scope: string,
  ) {
    await deps.notifications.send({
      recipients,
      payload: {
        ...text,
        link: `/incidents/${incident.number}`,
        severity: notificationSeverity(incident, deps.severities),
        topic: INCIDENT_NOTIFICATION_TOPICS[purpose],
        scope: `incidents:${incident.number}:${scope}`,
      },
    });
  }

  async function declared(
    incident: IncidentDetails,
    mode: 'live' | 'retrospective',
  ) {
    const declarerRef = incident.reporterRef;
    // Backstage resolves groups to their members and their child groups' members, and
    // any other entity to its owner: right for an incident anyone may read, too wide
    // for a security incident.
    const entityRef = incident.security
      ? (await readersOf(incident)).filter(ref => !sameRef(ref, declarerRef))
      : incident.ownerRefs;
    if (entityRef.length === 0) {
      return;
    }
    await send(
      incident,
      'declared',
      { type: 'entity', entityRef, excludeEntityRef: declarerRef },
      texts.incidentDeclared(facts(incident), declarerRef, mode),
      'declared',
    );
  }

  return async ({ incident, change, actorRef }) => {
    try {
      if (change?.type === 'declared') {
        await declared(incident, change.mode);
      } else if (change?.type === 'role-assigned') {
        const byRef =
          actorRef ??
          incident.roles.find(assignment => assignment.role === change.role)
            ?.assignedByRef;
        if (
          sameRef(byRef, change.toRef) ||
          !(await mayRead(incident, change.toRef))
        ) {
          return;
        }
        await send(
          incident,
          'roleAssigned',
          { type: 'entity', entityRef: [change.toRef] },
          texts.roleAssigned(facts(incident), {
            role: change.role,
            fromRef: change.fromRef,
            note: change.note,
            byRef,
          }),
          `role:${change.role}:${change.toRef}`,
        );
      } else if (
        change?.type === 'status-changed' &&
        change.to === 'resolved'
      ) {
        const reporterRef = incident.reporterRef;
        // A security incident's reporter may have handed the role over since, and
        // with it the right to read the incident.
        if (
          sameRef(actorRef, reporterRef) ||
          !(await mayRead(incident, reporterRef))
        ) {
          return;
        }
        await send(
          incident,
          'resolved',
          { type: 'entity', entityRef: [reporterRef] },
          texts.incidentResolved(facts(incident), actorRef),
          'resolved',
        );
      }
    } catch (error) {
      // The change has happened: a notification that could not go out is logged only.
      deps.logger.warn('Could not send an incident notification', {
        incident: incident.number,
        change: change?.type ?? 'update',
        error: stringifyError(error),
      });
    }
  };
}
