import { Children, cloneElement, isValidElement, ReactNode } from 'react';
import {
  EntityLayout,
  EntityLayoutRouteProps,
} from '@backstage/plugin-catalog';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { appTranslationRef, EntityTab } from '../../../translation';

/**
 * Names the tab an `EntityLayout.Route` is, by the app message its title is read
 * from: `EntityLayout` takes plain-string titles, and its routes must stay elements
 * written out in the page (not rendered by a component) for Backstage to find the
 * plugins' content in them.
 */
export const entityTab = (tab: EntityTab): string => tab;

/** Backstage's `EntityLayout`, with each tab's title in the user's language. */
export const EntityLayoutInLanguage = ({
  children,
}: {
  children: ReactNode;
}) => {
  const { t } = useTranslationRef(appTranslationRef);
  return (
    <EntityLayout>
      {Children.map(children, route =>
        isValidElement<EntityLayoutRouteProps>(route)
          ? cloneElement(route, {
              title: t(`entityTabs.${route.props.title as EntityTab}`),
            })
          : route,
      )}
    </EntityLayout>
  );
};
