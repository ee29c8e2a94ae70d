import { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  ActionItem,
  IncidentDetails,
} from '@incident-response/backstage-plugin-incidents-common';
import { PeopleDirectory } from '../catalog/PeopleDirectory';
import { NotificationTexts } from '../listeners/notificationTexts';
import { sameRef, securityReaders } from '../listeners/securityReaders';

type IncidentFacts = Pick<IncidentDetails, 'id' | 'number' | 'title'>;

/** The topic every notification of the plugin is filed under. */
const TOPIC = 'incidents';

/**
 * Tells people about postmortems and action items through Backstage notifications. One
 * notification per postmortem and per action item and recipient (its `scope`): a new
 * one replaces the previous one instead of piling up.
 */
export class PostmortemNotifier {
  constructor(
    private readonly deps: {
      notifications: NotificationService;
      texts: NotificationTexts;
      /** Groups or users who review postmortems. */
      reviewerRefs: string[];
      people: PeopleDirectory;
      securityResponderGroups: string[];
      logger: LoggerService;
    },
  ) {}

  /** The incident is resolved and needs a postmortem: its owner is told to write it. */
  postmortemDue(incident: IncidentFacts, ownerRef: string | undefined) {
    return this.aboutPostmortem(
      incident,
      ownerRef ? [ownerRef] : [],
      this.deps.texts.postmortemDue(incident),
    );
  }

  /**
   * The reviewers are told; of a security incident's postmortem, only those who may
   * read the incident.
   */
  async reviewRequested(
    incident: IncidentFacts &
      Pick<IncidentDetails, 'security' | 'roles' | 'ownerRefs'>,
    actorRef: string,
  ) {
    const reviewers = incident.security
      ? await this.readersAmong(this.deps.reviewerRefs, incident)
      : this.deps.reviewerRefs;
    return this.aboutPostmortem(
      incident,
      reviewers,
      this.deps.texts.reviewRequested(incident),
      actorRef,
    );
  }

  approved(
    incident: IncidentFacts,
    ownerRef: string | undefined,
    actorRef: string,
  ) {
    return this.aboutPostmortem(
      incident,
      ownerRef ? [ownerRef] : [],
      this.deps.texts.approved(incident),
      actorRef,
    );
  }

  sentBack(
    incident: IncidentFacts,
    ownerRef: string | undefined,
    comment: string,
    actorRef: string,
  ) {
    return this.aboutPostmortem(
      incident,
      ownerRef ? [ownerRef] : [],
      this.deps.texts.sentBack(incident, comment),
      actorRef,
    );
  }

  /**
   * Reminds the owner team's members and the assignee of an item due soon or overdue;
   * of a security incident, only those of them who may read it. Throws when the
   * notification could not be sent, so the reminder is tried again.
   */
  async actionItemReminder(
    item: ActionItem,
    reminder: 'due-soon' | 'overdue',
    incident: Pick<IncidentDetails, 'security' | 'roles' | 'ownerRefs'>,
  ) {
    const text =
      reminder === 'overdue'
        ? this.deps.texts.actionItemOverdue(item)
        : this.deps.texts.actionItemDueSoon(item);
    const owners = [
      item.ownerRef,
      ...(item.assigneeRef ? [item.assigneeRef] : []),
    ];
    const recipients = incident.security
      ? await this.readersAmong(owners, incident)
      : owners;
    if (recipients.length === 0) {
      return;
    }
    await this.deps.notifications.send({
      recipients: { type: 'entity', entityRef: recipients },
      payload: {
        ...text,
        link: `/incidents/${item.incidentNumber}`,
        severity: reminder === 'overdue' ? 'high' : 'normal',
        topic: TOPIC,
        scope: `incidents:action-item:${item.id}`,
      },
    });
  }

  /** The people among `refs` (groups as their members) who may read a security incident. */
  private async readersAmong(
    refs: string[],
    incident: Pick<IncidentDetails, 'roles' | 'ownerRefs'>,
  ): Promise<string[]> {
    const [readers, people] = await Promise.all([
      securityReaders(incident, this.deps),
      this.deps.people.people(refs),
    ]);
    return people
      .map(person => person.userRef)
      .filter(ref => readers.some(reader => sameRef(reader, ref)));
  }

  /**
   * A notification about a postmortem, after its change committed: a failure is logged,
   * never thrown, since the change has happened.
   */
  private async aboutPostmortem(
    incident: IncidentFacts,
    recipients: string[],
    text: { title: string; description: string },
    actorRef?: string,
  ): Promise<void> {
    if (recipients.length === 0) {
      return;
    }
    try {
      await this.deps.notifications.send({
        recipients: {
          type: 'entity',
          entityRef: recipients,
          ...(actorRef && { excludeEntityRef: actorRef }),
        },
        payload: {
          ...text,
          link: `/incidents/${incident.number}`,
          severity: 'normal',
          topic: TOPIC,
          scope: `incidents:postmortem:${incident.id}`,
        },
      });
    } catch (error) {
      this.deps.logger.warn('Could not send a postmortem notification', {
        incident: incident.number,
        error: stringifyError(error),
      });
    }
  }
}
