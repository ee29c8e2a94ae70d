import { IncidentDetails } from '@incident-response/backstage-plugin-incidents-common';
import { PeopleDirectory } from '../catalog/PeopleDirectory';

/** Entity refs are case-insensitive. */
export const sameRef = (a: string | undefined, b: string | undefined) =>
  a !== undefined &&
  b !== undefined &&
  a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US');

/**
 * The users who may read a security incident, as the safe default in
 * `lib/authorize.ts` decides: its role holders and the direct members of its owner
 * teams and of the security responder groups. Resolved to users, since Backstage's
 * notifications would also reach the members of the groups' child groups.
 */
export async function securityReaders(
  incident: Pick<IncidentDetails, 'roles' | 'ownerRefs'>,
  deps: { people: PeopleDirectory; securityResponderGroups: string[] },
): Promise<string[]> {
  const members = await deps.people.people([
    ...incident.ownerRefs,
    ...deps.securityResponderGroups,
  ]);
  const readers: string[] = [];
  for (const ref of [
    ...incident.roles.map(role => role.userRef),
    ...members.map(member => member.userRef),
  ]) {
    if (!readers.some(reader => sameRef(reader, ref))) {
      readers.push(ref);
    }
  }
  return readers;
}
