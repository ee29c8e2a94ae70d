import { AuthService } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';

export type Person = { userRef: string; email?: string };

function emailOf(entity: Entity | undefined): string | undefined {
  const email = (entity?.spec as { profile?: { email?: unknown } } | undefined)
    ?.profile?.email;
  return typeof email === 'string' && email.includes('@') ? email : undefined;
}

const PERSON_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'spec.profile.email',
];

/**
 * People from the catalog: users by ref, and the members of groups (who to bring into
 * an incident's channel). Callers such as the workspace worker have no user request,
 * so it reads the catalog with the plugin's own service credentials.
 */
export class PeopleDirectory {
  constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
  ) {}

  /**
   * The people among `refs`: users as themselves, groups as their members
   * (`memberOf` relations). Each person once, in order.
   */
  async people(refs: string[]): Promise<Person[]> {
    const credentials = await this.auth.getOwnServiceCredentials();
    const userRefs: string[] = [];
    const groupRefs: string[] = [];
    for (const ref of refs) {
      const kind = parseEntityRef(ref).kind.toLocaleLowerCase('en-US');
      if (kind === 'user') {
        userRefs.push(ref);
      } else if (kind === 'group') {
        groupRefs.push(ref);
      }
    }
    const found = new Map<string, Person>();
    if (userRefs.length > 0) {
      const { items } = await this.catalog.getEntitiesByRefs(
        {
          entityRefs: userRefs,
          fields: PERSON_FIELDS,
        },
        { credentials },
      );
      userRefs.forEach((ref, index) =>
        found.set(ref, { userRef: ref, email: emailOf(items[index]) }),
      );
    }
    if (groupRefs.length > 0) {
      const { items } = await this.catalog.getEntities(
        {
          filter: { kind: 'user', 'relations.memberOf': groupRefs },
          fields: PERSON_FIELDS,
        },
        { credentials },
      );
      for (const member of items) {
        const ref = stringifyEntityRef(member);
        if (!found.has(ref)) {
          found.set(ref, { userRef: ref, email: emailOf(member) });
        }
      }
    }
    return [...found.values()];
  }
}
