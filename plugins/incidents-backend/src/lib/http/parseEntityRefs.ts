import {
  CompoundEntityRef,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';

/**
 * Parses an entity reference from a request, naming the field in the error.
 * `defaultKind` applies when the reference has no kind.
 */
export function parseRequestEntityRef(
  ref: string,
  field: string,
  defaultKind?: string,
): CompoundEntityRef {
  try {
    return parseEntityRef(ref.trim(), {
      defaultKind,
      defaultNamespace: 'default',
    });
  } catch {
    throw new InputError(
      `${field}: '${ref}' is not a valid entity reference; expected kind:namespace/name, for example component:default/checkout-web`,
    );
  }
}

/**
 * The entity and owner filters that lists and metrics share (`entityRef`, `ownerRef`, a
 * group when no kind is given), normalised as stored.
 */
export function parseScopeFilter(query: {
  entityRef?: string;
  ownerRef?: string;
}): { entityRef?: string; ownerRef?: string } {
  return {
    entityRef: query.entityRef
      ? stringifyEntityRef(parseRequestEntityRef(query.entityRef, 'entityRef'))
      : undefined,
    ownerRef: query.ownerRef
      ? stringifyEntityRef(
          parseRequestEntityRef(query.ownerRef, 'ownerRef', 'group'),
        )
      : undefined,
  };
}
