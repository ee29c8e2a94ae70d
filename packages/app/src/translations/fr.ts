import { createTranslationMessages } from '@backstage/core-plugin-api/alpha';
import { appTranslationRef } from '../translation';

/** The demo app's own words in French. */
const fr = createTranslationMessages({
  ref: appTranslationRef,
  full: true,
  messages: {
    'sidebar.home': 'Accueil',
    'sidebar.search': 'Rechercher',
    'sidebar.menu': 'Menu',
    'sidebar.catalog': 'Catalogue',
    'sidebar.myGroup': 'Mon groupe',
    'sidebar.myGroups': 'Mes groupes',
    'sidebar.apis': 'API',
    'sidebar.settings': 'Paramètres',
    'sidebar.notifications': 'Notifications',
    'sidebar.notificationsUnread_one': 'Notifications ({{count}} non lue)',
    'sidebar.notificationsUnread_other': 'Notifications ({{count}} non lues)',
    'entityTabs.overview': 'Vue d’ensemble',
    'entityTabs.incidents': 'Incidents',
    'entityTabs.knownErrors': 'Erreurs connues',
    'entityTabs.actionItems': 'Actions de suivi',
    'entityTabs.api': 'API',
    'entityTabs.dependencies': 'Dépendances',
    'entityTabs.definition': 'Définition',
    'entityTabs.diagram': 'Diagramme',
    systemDiagram: 'Diagramme du système',
    'searchPage.title': 'Rechercher',
    'searchPage.resultType': 'Type de résultat',
    'searchPage.softwareCatalog': 'Catalogue logiciel',
    'searchPage.incidents': 'Incidents',
    'searchPage.knownErrors': 'Erreurs connues',
    'searchPage.postmortems': 'Analyses rétrospectives',
    'searchPage.kind': 'Genre',
    'searchPage.lifecycle': 'Cycle de vie',
  },
});

export default fr;
