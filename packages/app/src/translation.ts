import { createTranslationRef } from '@backstage/core-plugin-api/alpha';

const entityTabs = {
  overview: 'Overview',
  incidents: 'Incidents',
  knownErrors: 'Known errors',
  actionItems: 'Action items',
  api: 'API',
  dependencies: 'Dependencies',
  definition: 'Definition',
  diagram: 'Diagram',
};

/** The tabs of the app's entity pages. */
export type EntityTab = keyof typeof entityTabs;

/**
 * The demo app's own words: its sidebar, its entity tabs and its search page. What
 * Backstage's plugins show is translated through their own refs
 * (`translations/messages`).
 */
export const appTranslationRef = createTranslationRef({
  id: 'app',
  messages: {
    sidebar: {
      home: 'Home',
      search: 'Search',
      menu: 'Menu',
      catalog: 'Catalog',
      myGroup: 'My Group',
      myGroups: 'My Groups',
      apis: 'APIs',
      settings: 'Settings',
      notifications: 'Notifications',
      notificationsUnread_one: 'Notifications ({{count}} unread)',
      notificationsUnread_other: 'Notifications ({{count}} unread)',
    },
    entityTabs,
    systemDiagram: 'System Diagram',
    searchPage: {
      title: 'Search',
      resultType: 'Result Type',
      softwareCatalog: 'Software Catalog',
      incidents: 'Incidents',
      knownErrors: 'Known errors',
      postmortems: 'Postmortems',
      kind: 'Kind',
      lifecycle: 'Lifecycle',
    },
  },
});
