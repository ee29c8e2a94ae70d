import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { IncidentDetails } from '@incident-response/backstage-plugin-incidents-common';
import { UnmappedUsersPolicy } from '../integrations/slack/readSlackSettings';
import { SlackPerson } from './SlackUsers';

/**
 * Who may change an incident from Slack, where Backstage's permission policy cannot
 * be asked (Slack users carry no Backstage credentials): the people holding a role on
 * it and the members of the teams that own what it affects; Slack users without a
 * catalog user only when `incidents.slack.unmappedUsers` is `allow`.
 */
export class IncidentChangeRights {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      unmappedUsers: UnmappedUsersPolicy;
    },
  ) {}

  async mayChange(
    person: SlackPerson,
    incident: IncidentDetails,
  ): Promise<boolean> {
    if (!person.userRef) {
      return this.deps.unmappedUsers === 'allow';
    }
    if (incident.roles.some(role => role.userRef === person.userRef)) {
      return true;
    }
    const user = await this.deps.catalog.getEntityByRef(person.userRef, {
      credentials: await this.deps.auth.getOwnServiceCredentials(),
    });
    return (user?.relations ?? []).some(
      relation =>
        relation.type === 'memberOf' &&
        incident.ownerRefs.includes(
          relation.targetRef.toLocaleLowerCase('en-US'),
        ),
    );
  }
}
