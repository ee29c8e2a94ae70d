import { createTranslationMessages } from '@backstage/core-plugin-api/alpha';
import { incidentsTranslationRef } from '../translation';

/**
 * French messages. The wording of roles and severities follows the French version of
 * the CDS incident process (« commandant ou commandante de l'incident (CI) »,
 * « responsable des opérations (RO) »).
 */
const fr = createTranslationMessages({
  ref: incidentsTranslationRef,
  full: true,
  messages: {
    'errors.notFound': 'Ceci n’existe plus, ou vous ne pouvez pas le voir.',
    'errors.forbidden':
      'Vous n’avez pas la permission de faire ceci. Demandez-la aux administrateurs de Backstage si vous en avez besoin.',
    'errors.signedOut':
      'Votre session Backstage a pris fin. Reconnectez-vous, puis réessayez.',
    'errors.network':
      'Impossible de joindre Backstage. Vérifiez votre connexion, puis réessayez.',
    'errors.server':
      'Une erreur s’est produite sur le serveur\u00a0; réessayez dans un instant.',
    'errors.unknown': 'Une erreur s’est produite\u00a0; réessayez.',
    'errors.retry': 'Réessayer',
    'errors.refusals.quoted': '«\u00a0{{name}}\u00a0»',
    'errors.refusals.statusNotAllowed':
      'Le statut de {{number}} est {{from}}\u00a0; il peut devenir {{allowed}}, pas {{to}}.',
    'errors.refusals.statusFinal':
      'Le statut de {{number}} est {{from}}\u00a0; il ne peut plus changer.',
    'errors.refusals.closeNeedsSeverity':
      "{{number}} ne peut pas être clos tant que sa gravité est à évaluer\u00a0: indiquez d'abord la gravité, elle décide si une analyse rétrospective est requise.",
    'errors.refusals.closeNeedsApprovedPostmortem':
      "{{number}} ne peut pas être clos avant que son analyse rétrospective soit approuvée ({{severity}} en exige une)\u00a0; le statut de l'analyse est {{status}}.",
    'errors.refusals.milestoneNotReached':
      "{{number}} n'a pas d'heure «\u00a0{{milestone}}\u00a0» à modifier tant que son statut est {{status}}\u00a0; changez plutôt son statut.",
    'errors.refusals.idempotencyKeyReused':
      "Un incident a déjà été déclaré depuis ce formulaire avec d'autres informations. Vérifiez la liste des incidents avant de le déclarer de nouveau.",
    'errors.refusals.noFailedSteps':
      "{{number}} n'a plus d'étape en échec à relancer.",
    'errors.refusals.postmortemSavedSince':
      "L'analyse rétrospective de {{number}} a été enregistrée de nouveau depuis le début de votre modification\u00a0; rechargez-la et modifiez-la de nouveau.",
    'errors.refusals.postmortemSavedSinceBy':
      "{{user}} a enregistré l'analyse rétrospective de {{number}} depuis le début de votre modification\u00a0; rechargez-la et modifiez-la de nouveau.",
    'errors.refusals.postmortemSavedSinceAt':
      "L'analyse rétrospective de {{number}} a été enregistrée de nouveau le {{time}}, après le début de votre modification\u00a0; rechargez-la et modifiez-la de nouveau.",
    'errors.refusals.postmortemSavedSinceByAt':
      "{{user}} a enregistré l'analyse rétrospective de {{number}} le {{time}}, après le début de votre modification\u00a0; rechargez-la et modifiez-la de nouveau.",
    'errors.refusals.postmortemNotDraft':
      "Le statut de l'analyse rétrospective de {{number}} est {{status}}\u00a0; renvoyez-la au brouillon pour la modifier.",
    'errors.refusals.tooManyBuckets':
      'La période est trop longue pour compter par {{bucket}}\u00a0: plus de {{max}} points. Regroupez par une durée plus longue ou choisissez une période plus courte.',
    'errors.refusals.postmortemStatusNotAllowed':
      "Le statut de l'analyse rétrospective de {{number}} est {{from}}\u00a0; il peut devenir {{allowed}}, pas {{to}}.",
    'common.cancel': 'Annuler',
    'common.loading': 'Chargement…',
    'common.notSet': 'Non renseigné',
    'common.automatic': 'Automatique',
    'common.pagination': 'Pages',
    'common.previousPage': 'Page précédente',
    'common.nextPage': 'Page suivante',
    'common.pageOf': 'Page {{page}}',
    'common.totalIncidents_one': '{{count}} incident',
    'common.totalIncidents_other': '{{count}} incidents',
    'common.labelled': '{{label}}\u00a0: {{value}}',
    'common.numbered': '{{number}}\u00a0: {{title}}',
    'severities.SEV1.name': 'SEV1 - Critique',
    'severities.SEV1.description': 'Un incident critique à très fort impact',
    'severities.SEV1.examples':
      'Le service est en panne pour tous les utilisateurs\nLa confidentialité ou la vie privée est compromise\nPerte de données des utilisateurs',
    'severities.SEV2.name': 'SEV2 - Majeur',
    'severities.SEV2.description': 'Un incident majeur à impact important',
    'severities.SEV2.examples':
      'Le service est indisponible pour une partie des utilisateurs\nUne fonctionnalité essentielle est fortement touchée',
    'severities.SEV3.name': 'SEV3 - Mineur',
    'severities.SEV3.description': 'Un incident mineur à faible impact',
    'severities.SEV3.examples':
      'Un inconvénient mineur pour les utilisateurs, avec une solution de contournement\nDégradation des performances, le service reste utilisable',
    'severities.postmortemRequired': 'Analyse rétrospective obligatoire',
    'severities.unassessed.name': 'À évaluer',
    'severities.unassessed.inSentence': 'à évaluer',
    'severities.unassessed.description':
      'Personne n’a encore fixé la gravité. Elle décide qui est prévenu et si une analyse rétrospective est obligatoire.',
    'severities.unassessed.choice': 'Pas encore sûr\u00a0: à évaluer',
    'severities.unassessed.choiceHelp':
      'Déclarez maintenant. La page de l’incident et son canal Slack le rappellent aux intervenants jusqu’à ce que quelqu’un fixe la gravité.',
    'statuses.active': 'Actif',
    'statuses.mitigated': 'Atténué',
    'statuses.resolved': 'Résolu',
    'statuses.closed': 'Clos',
    'modes.retrospective': 'Consigné après coup',
    'flags.security': 'Sécurité ou vie privée',
    'flags.drill': 'Exercice',
    'roles.incident-commander.name': "Commandant·e de l'incident",
    'roles.incident-commander.description':
      "Détient la responsabilité et l'autorité sur l'ensemble de l'incident\u00a0; assume tous les rôles qui n'ont pas encore été délégués.",
    'roles.operations-lead.name': 'Responsable des opérations',
    'roles.operations-lead.description':
      "Formule des hypothèses sur ce qui ne fonctionne pas et pourquoi, décide des changements et dirige l'équipe technique.",
    'roles.communications-lead.name': 'Responsable des communications',
    'roles.communications-lead.description':
      "Le visage public de l'incident\u00a0: des mises à jour régulières pour l'équipe d'intervention, les parties prenantes et les utilisateurs.",
    'roles.policy-lead.name': 'Responsable des politiques',
    'roles.policy-lead.description':
      'Évalue les conséquences sur les politiques et la vie privée et conseille le ou la CI.',
    'roles.postmortem-owner.name': "Responsable de l'analyse rétrospective",
    'roles.postmortem-owner.description':
      "Répond de l'analyse rétrospective sans reproches, de l'ébauche à la publication.",
    'roles.scribe.name': 'Scribe',
    'roles.scribe.description':
      'Consigne dans la chronologie ce qui est observé, décidé et fait.',
    'roles.reporter.name': 'Déclarant·e',
    'roles.reporter.description': "A déclaré l'incident.",
    'milestones.impactStartedAt': "Début de l'impact",
    'milestones.detectedAt': 'Détection',
    'milestones.declaredAt': 'Déclaration',
    'milestones.mitigatedAt': 'Atténuation',
    'milestones.resolvedAt': "Fin de l'impact (résolution)",
    'milestones.closedAt': 'Clôture',
    'validation.required': 'Obligatoire',
    'validation.titleRequired': 'Dites ce qui ne fonctionne pas',
    'validation.tooLong': '{{max}} caractères au plus',
    'validation.severityRequired': 'Choisissez une gravité',
    'validation.entityRefsRequired': 'Indiquez au moins un service touché',
    'validation.entityRefsTooMany': '{{max}} services touchés au plus',
    'validation.invalidDate': "Ce n'est pas une date et une heure valides",
    'validation.inTheFuture': 'Ne doit pas être dans le futur',
    'validation.mustNotPrecede': 'Ne doit pas précéder «\u00a0{{other}}\u00a0»',
    'validation.userRequired': 'Choisissez une personne',
    'validation.bodyRequired': 'Écrivez quelque chose',
    'validation.knownErrorTitleRequired': 'Nommez le problème',
    'validation.symptomsRequired': 'Dites ce que les gens constatent',
    'validation.invalidUrl':
      'Une adresse Web commençant par http:// ou https://',
    'table.number': 'Incident',
    'table.title': 'Ce qui ne fonctionne pas',
    'table.severity': 'Gravité',
    'table.status': 'Statut',
    'table.services': 'Touchés',
    'table.roles': 'Mené par',
    'table.moreRoles_one': 'et {{count}} autre rôle\u00a0: {{roles}}',
    'table.moreRoles_other': 'et {{count}} autres rôles\u00a0: {{roles}}',
    'table.moreEntities_one': 'et {{count}} autre\u00a0: {{names}}',
    'table.moreEntities_other': 'et {{count}} autres\u00a0: {{names}}',
    'table.owners': 'Responsables',
    'table.emptyFiltered': 'Aucun incident ne correspond à ces filtres.',
    'filters.label': 'Filtres',
    'filters.status': 'Statut',
    'filters.severity': 'Gravité',
    'filters.owner': 'Équipe responsable',
    'filters.service': 'Service touché',
    'filters.search': 'Rechercher',
    'filters.searchPlaceholder': 'Numéro, titre ou description',
    'filters.from': 'Commencé le ou après le',
    'filters.to': 'Commencé le ou avant le',
    'filters.clear': 'Effacer les filtres',
    'filters.show': 'Afficher les filtres',
    'entityTab.activeTitle': 'Incidents actifs',
    'entityTab.noActive': 'Aucun incident actif sur {{entity}}.',
    'entityTab.historyTitle': 'Incidents passés',
    'entityTab.historyEmpty':
      'Aucun incident passé ne correspond à ces filtres.',
    'entityTab.emptyTitle': "Aucun incident sur {{entity}} pour l'instant",
    'entityTab.emptyDescription':
      "Cet onglet liste les incidents qui touchent {{entity}}\u00a0: d'abord les incidents actifs, avec leur gravité, leur statut et qui assume chaque rôle, puis ses incidents passés. Quand quelque chose ne fonctionne pas, déclarez un incident\u00a0: ses responsables y sont liés et vous arrivez sur la page de l'incident pour mener l'intervention.",
    'entityTab.loadError': 'Impossible de charger les incidents',
    'entityTab.liveUpdates':
      'Cet onglet se met à jour de lui-même quand un incident de cette entité change.',
    'activeCard.title': 'Incidents actifs',
    'activeCard.none': 'Aucun incident actif.',
    'activeCard.viewAll': 'Tous les incidents de cette entité',
    'activeCard.loadError': 'Impossible de charger les incidents actifs',
    'declare.button': 'Déclarer un incident',
    'declare.title': 'Déclarer un incident',
    'declare.intro':
      "Déclarez dès que vous percevez un problème\u00a0: vous devenez déclarant·e, commandant·e de l'incident et responsable des opérations, et pouvez confier ces rôles à d'autres depuis la page de l'incident.",
    'declare.titleLabel': 'Qu’est-ce qui ne fonctionne pas\u00a0?',
    'declare.titleHelp':
      'Un court résumé que les gens reconnaîtront, p. ex. «\u00a0Le paiement renvoie une erreur 502\u00a0»',
    'declare.severityLabel': 'Gravité',
    'declare.severityHelp':
      'Pas nécessaire pour déclarer. Si vous la connaissez, choisissez-la (en cas de doute, la plus élevée)\u00a0; elle peut changer.',
    'declare.modeLabel': 'Est-ce en cours\u00a0?',
    'declare.modeLive': 'Oui, cela se produit maintenant',
    'declare.modeRetrospective': "Non, c'est déjà arrivé",
    'declare.modeRetrospectiveHelp':
      "L'incident est consigné comme déjà résolu\u00a0; indiquez quand l'impact a commencé et quand il a pris fin.",
    'declare.securityLabel':
      "Il s'agit d'un événement de sécurité ou de protection de la vie privée",
    'declare.securityHelp':
      "Une atteinte à la vie privée est la collecte, l'utilisation, la communication, la conservation ou le retrait inappropriés ou non autorisés de renseignements personnels.",
    'declare.securityNote':
      "Si des renseignements personnels sont en cause, le processus de gestion des atteintes à la vie privée s'applique\u00a0: évaluation préliminaire et confinement, évaluation complète, notification, atténuation et prévention, notification aux autorités de protection de la vie privée, leçons apprises. Assignez un ou une responsable des politiques pour l'évaluer.",
    'declare.drillLabel': 'Il s’agit d’un exercice (exclu des indicateurs)',
    'declare.descriptionLabel': 'Description',
    'declare.descriptionHelp':
      'Ce que vous observez, depuis quand, qui est touché. Le Markdown est pris en charge.',
    'declare.impactStartedAtLabel': "Quand l'impact a-t-il commencé\u00a0?",
    'declare.detectedAtLabel': 'Quand a-t-il été détecté\u00a0?',
    'declare.resolvedAtLabel': "Quand l'impact a-t-il pris fin\u00a0?",
    'declare.timesHelp': 'Votre heure locale',
    'declare.servicesLabel': 'Services touchés',
    'declare.servicesHelp':
      'Le premier est le service principal. Ajoutez aussi les systèmes, API ou ressources touchés.',
    'declare.addService': 'Ajouter un service touché',
    'declare.removeService': 'Retirer {{entity}}',
    'declare.ownersLabel': 'Responsables qui seront liés',
    'declare.ownersHelp':
      'Selon le catalogue\u00a0; ils découlent des services touchés.',
    'declare.ownersNone':
      "Les services touchés n'ont pas de responsable dans le catalogue.",
    'declare.ownersNoService':
      'Ajoutez un service touché pour voir qui en est responsable.',
    'declare.submit': 'Déclarer',
    'declare.submitting': 'Déclaration…',
    'declare.failed': "L'incident n'a pas été déclaré\u00a0: {{message}}",
    'declare.failedRetry':
      "L'incident n'a peut-être pas été déclaré. Déclarez de nouveau\u00a0: il ne sera pas créé en double.",
    'entityPicker.open': 'Ouvrir la liste',
    'entityPicker.close': 'Fermer la liste',
    'entityPicker.clear': 'Effacer',
    'entityPicker.noOptions': 'Aucune entité correspondante',
    'entityPicker.loading': 'Recherche dans le catalogue…',
    'userPicker.label': 'Personne',
    'userPicker.noOptions': 'Aucune personne correspondante',
    'userPicker.loading': 'Recherche dans le catalogue…',
    'incidentsPage.title': 'Incidents',
    'incidentsPage.subtitle':
      'Tous les incidents, du plus récent au plus ancien',
    'incidentsPage.sidebar': 'Incidents',
    'incidentsPage.empty': "Aucun incident n'a encore été déclaré.",
    'incidentsPage.loadError': 'Impossible de charger les incidents',
    'editIncident.button': 'Modifier les détails',
    'editIncident.title': 'Modifier {{number}}',
    'editIncident.titleLabel': 'Ce qui ne fonctionne pas',
    'editIncident.severityLabel': 'Gravité',
    'editIncident.severityHelp':
      'Relevez-la ou abaissez-la à mesure que vous en apprenez davantage\u00a0; le changement est inscrit dans la chronologie.',
    'editIncident.summaryLabel': 'Résumé',
    'editIncident.summaryHelp':
      "L'état actuel en une ou deux phrases, pour les personnes qui rejoignent l'intervention.",
    'editIncident.impactLabel': 'Impact',
    'editIncident.impactHelp':
      'Qui et quoi sont touchés, et dans quelle mesure.',
    'editIncident.descriptionLabel': 'Description',
    'severityReminder.title': 'La gravité de {{number}} reste à évaluer',
    'severityReminder.body':
      'Elle décide qui est prévenu et si une analyse rétrospective est obligatoire, et elle peut changer ensuite. Tant qu’elle n’est pas fixée, le canal Slack de l’incident le rappelle.',
    'severityReminder.open': 'Évaluer la gravité',
    'severityReminder.submit': 'Fixer la gravité',
    'severityReminder.submitting': 'Enregistrement…',
    'severityReminder.saved': 'Gravité fixée à {{severity}}',
    'severityReminder.failed':
      'Impossible de fixer la gravité\u00a0: {{message}}',
    'editIncident.milestonesLabel': 'Jalons',
    'editIncident.submit': 'Enregistrer',
    'editIncident.submitting': 'Enregistrement…',
    'editIncident.failed':
      "Impossible d'enregistrer les modifications\u00a0: {{message}}",
    'incidentPage.loadError': 'Impossible de charger cet incident',
    'incidentPage.notFoundTitle': 'Pas d’incident {{reference}}',
    'incidentPage.notFoundDescription':
      'Il n’y a pas d’incident {{reference}} que vous puissiez voir\u00a0: le lien est peut-être erroné, ou il porte un autre numéro. Cherchez-le plutôt dans les incidents.',
    'incidentPage.backToList': 'Retour aux incidents',
    'incidentPage.affected': 'Touchés',
    'incidentPage.owners': 'Responsables',
    'incidentPage.noOwners': 'Aucun responsable',
    'incidentPage.summary': 'Résumé',
    'incidentPage.impact': 'Impact',
    'incidentPage.description': 'Description',
    'incidentPage.liveUpdates':
      "Cette page se met à jour d'elle-même quand quelqu'un modifie l'incident.",
    'incidentPage.summaryLabel': "Où en est l'incident",
    'incidentPage.goingOnFor': 'En cours depuis {{duration}}',
    'incidentPage.resolvedAfter': 'Résolu après {{duration}}',
    'incidentPage.leads': "À la tête de l'intervention",
    'incidentPage.roleHeldBy': '{{role}}\u00a0: {{user}}',
    'workspace.title': 'Espace de travail',
    'workspace.subheader':
      'Slack et Google Workspace, préparés automatiquement',
    'workspace.declareSteps': "À la déclaration de l'incident",
    'workspace.followUps': 'Suites',
    'workspace.plannedAt': 'Prévu {{time}}',
    'workspace.empty':
      "Rien n'a été préparé dans Slack ou Google Workspace pour cet incident.",
    'workspace.kinds.slack.channel': 'Canal Slack',
    'workspace.kinds.slack.share': 'Premier message dans le canal',
    'workspace.kinds.slack.links': 'Liens du Meet et du document dans le canal',
    'workspace.kinds.slack.invite': 'Invitations au canal',
    'workspace.kinds.slack.announce': 'Annonce',
    'workspace.kinds.slack.status-update': 'Message de changement de statut',
    'workspace.kinds.slack.role-update': 'Message de changement de rôle',
    'workspace.kinds.slack.details-update':
      'Message de changement de gravité ou de titre',
    'workspace.kinds.slack.close': 'Message de clôture',
    'workspace.kinds.slack.archive': 'Archivage du canal',
    'workspace.kinds.slack.known-errors': 'Erreurs connues dans le canal',
    'workspace.kinds.google.meet': 'Google Meet',
    'workspace.kinds.google.doc': "Document d'analyse rétrospective",
    'workspace.kinds.google.doc-fill':
      "Renseignements du document d'analyse rétrospective",
    'workspace.kinds.google.sheet': 'Ligne du tableau de suivi',
    'workspace.kinds.google.sheet-update': 'Mise à jour du tableau de suivi',
    'workspace.kinds.google.doc-status':
      "Statut du document d'analyse rétrospective",
    'workspace.kinds.google.postmortem-render':
      'Analyse rétrospective reprise dans le document',
    'workspace.statuses.pending': 'En attente',
    'workspace.statuses.running': 'En cours',
    'workspace.statuses.succeeded': 'Terminé',
    'workspace.statuses.failed': 'Échec',
    'workspace.statuses.skipped': 'Ignoré',
    'workspace.pending.ready': 'Commence sous peu',
    'workspace.pending.waitingFor': 'Attend\u00a0: {{steps}}',
    'workspace.pending.blockedBy': 'Attend\u00a0: {{steps}}, en échec',
    'workspace.pending.nextAttempt': 'Prochain essai {{time}}',
    'workspace.pending.lastError': 'Dernier essai\u00a0: {{error}}',
    'workspace.running.attempt': 'Essai {{attempt}}',
    'workspace.failed.attempts_one': 'Après {{count}} essai',
    'workspace.failed.attempts_other': 'Après {{count}} essais',
    'workspace.succeeded.announcedIn': 'Publié dans #{{channel}}',
    'workspace.succeeded.noSlackAccount':
      'Aucun compte Slack trouvé pour {{people}}',
    'workspace.skipped.slack': "Slack n'est pas configuré.",
    'workspace.skipped.google': "Google Workspace n'est pas configuré.",
    'workspace.skipped.meetSubject':
      'Google Meet a besoin d’un compte Workspace au nom duquel agir (incidents.google.subject).',
    'workspace.skipped.postmortemTemplate':
      "Aucun modèle d'analyse rétrospective n'est configuré (incidents.google.postmortemTemplateId).",
    'workspace.skipped.trackingSheet':
      "Aucun tableau de suivi n'est configuré (incidents.google.trackingSpreadsheetId).",
    'workspace.skipped.retrospective':
      'Un incident consigné après coup est déjà terminé\u00a0: ni canal, ni Meet, ni annonce.',
    'workspace.skipped.setUpNote':
      "Les étapes sont ignorées quand Slack ou Google Workspace n'est pas configuré.",
    'workspace.skipped.setUpLink': 'Configurer Slack et Google Workspace',
    'workspace.links.channel': 'Ouvrir #{{channel}} dans Slack',
    'workspace.links.channelUnnamed': 'Ouvrir le canal Slack',
    'workspace.links.meet': 'Rejoindre le Meet',
    'workspace.links.doc': "Ouvrir le document d'analyse rétrospective",
    'workspace.links.sheet': 'Ouvrir le tableau de suivi',
    'workspace.links.opensInNewTab': "(s'ouvre dans un nouvel onglet)",
    'workspace.notSetUp':
      'Ni canal, ni Meet, ni document\u00a0: Slack et Google Workspace ne sont pas configurés ici.',
    'workspace.quickLinks.label': "Espace de travail de l'intervention",
    'workspace.quickLinks.channel': 'Slack\u00a0: #{{channel}}',
    'workspace.quickLinks.channelUnnamed': 'Canal Slack',
    'workspace.quickLinks.meet': 'Rejoindre le Meet',
    'workspace.quickLinks.doc': "Document d'analyse rétrospective",
    'workspace.retry.button': 'Relancer les étapes en échec',
    'workspace.retry.dialogTitle':
      'Relancer les étapes en échec de {{number}}\u00a0?',
    'workspace.retry.intro':
      'Ces étapes sont essayées de nouveau maintenant\u00a0:',
    'workspace.retry.explain':
      "Les étapes qui les attendent suivent une fois qu'elles ont réussi. Les étapes déjà réussies ne sont pas refaites, et une étape relancée reprend ce qu'un essai précédent a créé (le canal, le document) au lieu de le créer en double.",
    'workspace.retry.confirm': 'Relancer',
    'workspace.retry.retrying': 'Relance…',
    'workspace.retry.done':
      'Nouvel essai\u00a0: {{steps}}. Leur progression s’affiche dans ce panneau.',
    'workspace.retry.failed':
      "Les étapes n'ont pas été relancées\u00a0: {{message}}",
    'statusActions.title': 'Statut',
    'statusActions.mitigated': 'Marquer comme atténué',
    'statusActions.resolved': 'Résoudre',
    'statusActions.active': 'Rouvrir',
    'statusActions.closed': 'Clore',
    'statusActions.dialogTitle': '{{action}}\u00a0: {{number}}',
    'statusActions.effectiveAtLabel': 'Depuis quand\u00a0?',
    'statusActions.effectiveAtHelp':
      "Maintenant par défaut\u00a0; indiquez une heure antérieure si c'est arrivé plus tôt.",
    'statusActions.explain.mitigated':
      "L'impact est contenu (par exemple par une solution de contournement), mais n'a pas encore pris fin.",
    'statusActions.explain.resolved':
      "L'impact a pris fin. L'intervention se termine\u00a0; le nettoyage et l'analyse rétrospective suivent.",
    'statusActions.explain.active':
      "L'impact est revenu\u00a0: l'intervention reprend.",
    'statusActions.explain.closed':
      'Le suivi est terminé. Un incident clos ne peut plus changer de statut.',
    'statusActions.failed': "Le statut n'a pas changé\u00a0: {{message}}",
    'statusActions.noneLeft': 'Cet incident est clos.',
    'statusActions.postmortemGate':
      "Une analyse rétrospective est obligatoire pour {{severity}}\u00a0: l'incident pourra être clos une fois son analyse approuvée.",
    'statusActions.severityGate':
      'La gravité reste à évaluer\u00a0: fixez-la d’abord, elle décide si une analyse rétrospective doit être approuvée avant la clôture.',
    'rolesPanel.title': 'Rôles',
    'rolesPanel.asCommander': "en tant que commandant·e de l'incident",
    'rolesPanel.since': 'Depuis le {{time}}',
    'rolesPanel.handoffNote': 'Note de passation',
    'rolesPanel.assign': 'Assigner',
    'rolesPanel.handOver': 'Passer le relais',
    'rolesPanel.assignTitle': 'Assigner le rôle «\u00a0{{role}}\u00a0»',
    'rolesPanel.handOverTitle':
      'Passer le relais pour le rôle «\u00a0{{role}}\u00a0»',
    'rolesPanel.noteLabel': 'Note de passation',
    'rolesPanel.noteHelp':
      "L'état actuel de l'incident, les prochaines étapes et les personnes qui y participent en ce moment.",
    'rolesPanel.submit': 'Assigner',
    'rolesPanel.failed': "Le rôle n'a pas été assigné\u00a0: {{message}}",
    'rolesPanel.history': 'Historique des rôles',
    'rolesPanel.historyCurrent': "aujourd'hui",
    'metrics.title': 'Jalons',
    'metrics.indicators': 'Indicateurs',
    'metrics.ttd': 'Délai de détection',
    'metrics.ttdHelp': "Du début de l'impact à sa détection",
    'metrics.ttr': 'Délai de rétablissement',
    'metrics.ttrHelp': "Du début de l'impact à sa fin",
    'metrics.open': "Durée d'ouverture",
    'metrics.openHelp': 'De la déclaration à la clôture',
    'metrics.ongoing': "{{duration}} jusqu'ici",
    'metrics.unknown': 'Inconnu',
    'charts.sectionTitle': 'Délai de détection et délai de rétablissement',
    'charts.sectionHelp':
      "Par incident et dans le temps\u00a0; les exercices sont exclus. Pointez un incident pour savoir lequel c'est, cliquez pour l'ouvrir.",
    'charts.bucketLabel': 'Regrouper par',
    'charts.buckets.week': 'Semaine',
    'charts.buckets.month': 'Mois',
    'charts.buckets.quarter': 'Trimestre',
    'charts.bucketNouns.week': 'semaine',
    'charts.bucketNouns.month': 'mois',
    'charts.bucketNouns.quarter': 'trimestre',
    'charts.periodLabel': 'Période',
    'charts.periods.last3Months': 'Les 3 derniers mois',
    'charts.periods.last6Months': 'Les 6 derniers mois',
    'charts.periods.last12Months': 'Les 12 derniers mois',
    'charts.periods.last24Months': 'Les 2 dernières années',
    'charts.periods.all': 'Depuis le début',
    'charts.weekOf': 'Semaine du {{date}}',
    'charts.quarter': 'T{{quarter}} {{year}}',
    'charts.showTable': 'Afficher en tableau',
    'charts.loadError': 'Impossible de charger les indicateurs',
    'charts.loading': 'Chargement des indicateurs',
    'charts.emptyTitle': 'Aucun incident à mesurer pour le moment',
    'charts.emptyEntity':
      "Le délai de détection et le délai de rétablissement s'affichent ici dès que des incidents touchant {{entity}} au cours de cette période ont leur début d'impact, leur détection et leur fin d'impact consignés. Déclarez un incident dès que quelque chose ne va pas, ou consignez-en un passé avec Déclarer un incident, «\u00a0Non, c'est déjà arrivé\u00a0». Les exercices sont exclus.",
    'charts.emptyTeam':
      "Le délai de détection et le délai de rétablissement s'affichent ici dès que des incidents touchant ce dont {{team}} est responsable au cours de cette période ont leur début d'impact, leur détection et leur fin d'impact consignés. Les incidents se déclarent depuis l'onglet Incidents de chaque service, système, API ou ressource. Les exercices sont exclus.",
    'charts.emptyFiltered':
      'Aucun incident ne correspond à ces filtres pendant cette période. Les exercices sont exclus\u00a0; élargissez les dates ou effacez les filtres.',
    'charts.indicators.ttd': 'Délai de détection',
    'charts.indicators.ttm': "Délai d'atténuation",
    'charts.indicators.ttr': 'Délai de rétablissement',
    'charts.indicators.timeToDeclare': 'Délai de déclaration',
    'charts.definitions.ttd': "Du début de l'impact à sa détection",
    'charts.definitions.ttm': "Du début de l'impact à son atténuation",
    'charts.definitions.ttr': "Du début de l'impact à sa fin",
    'charts.definitions.timeToDeclare': 'De la détection à la déclaration',
    'charts.summary.title': 'Résumé',
    'charts.summary.indicator': 'Indicateur',
    'charts.summary.measured': 'Mesurés',
    'charts.summary.measuredOf': '{{n}} sur {{total}}',
    'charts.summary.leftOut': 'Exclus',
    'charts.summary.median': 'Médiane',
    'charts.summary.p90': '90e centile',
    'charts.summary.mean': 'Moyenne',
    'charts.summary.noValue': 'Aucune donnée',
    'charts.summary.leftOutNote':
      "Un incident est mesuré quand ses deux jalons sont consignés\u00a0; les autres sont exclus de cet indicateur. Le délai de déclaration ne compte que les incidents déclarés pendant qu'ils se produisaient, pas ceux consignés après coup.",
    'charts.summary.bySeverityTitle': 'Par gravité',
    'charts.summary.severity': 'Gravité',
    'charts.summary.incidents': 'Incidents',
    'charts.summary.medianTtd': 'Délai de détection médian',
    'charts.summary.medianTtr': 'Délai de rétablissement médian',
    'charts.summary.p90Ttr': 'Délai de rétablissement, 90e centile',
    'charts.durationChart.median': 'Médiane par {{bucket}}',
    'charts.durationChart.p90': '90e centile par {{bucket}}',
    'charts.durationChart.xAxis': "Début de l'impact",
    'charts.durationChart.noneMeasured':
      "Aucun incident de cette période n'a encore ses deux jalons consignés.",
    'charts.durationChart.truncated':
      'Les points sont les {{shown}} incidents les plus récents sur {{total}}\u00a0; les médianes et les centiles les comptent tous.',
    'charts.durationChart.openHint': "Cliquez le point pour ouvrir l'incident",
    'charts.durationChart.description':
      '{{metric}} de chaque incident selon le début de son impact, du {{from}} au {{to}}, avec la médiane et le 90e centile par {{bucket}}.',
    'charts.durationChart.perBucketCaption': '{{metric}} par {{bucket}}',
    'charts.durationChart.perIncidentCaption':
      '{{metric}} par incident, du plus récent au plus ancien',
    'charts.durationChart.period': 'Période',
    'charts.durationChart.incidents': 'Incidents',
    'charts.durationChart.measured': 'Mesurés',
    'charts.durationChart.incident': 'Incident',
    'charts.durationChart.title': "Ce qui n'allait pas",
    'charts.durationChart.restricted':
      'Un incident de sécurité auquel vous n’avez pas accès',
    'charts.durationChart.severity': 'Gravité',
    'charts.durationChart.impactStarted': "Début de l'impact",
    'charts.countChart.title': 'Incidents par gravité',
    'charts.countChart.description':
      "Le nombre d'incidents par {{bucket}}, selon la gravité, du {{from}} au {{to}}.",
    'charts.countChart.caption': 'Incidents par {{bucket}} et par gravité',
    'charts.countChart.period': 'Période',
    'charts.countChart.total': 'Total',
    'knownErrors.statuses.investigating': "En cours d'analyse",
    'knownErrors.statuses.workaround': 'Solution de contournement disponible',
    'knownErrors.statuses.fix-in-progress': 'Correctif en cours',
    'knownErrors.statuses.fixed': 'Corrigée',
    'knownErrors.statuses.retired': 'Retirée',
    'knownErrors.statusHelp.investigating': 'On cherche la cause.',
    'knownErrors.statusHelp.workaround':
      'On peut la contourner en attendant le correctif permanent.',
    'knownErrors.statusHelp.fix-in-progress':
      'Le correctif permanent est en préparation.',
    'knownErrors.statusHelp.fixed':
      'Le correctif permanent est en place. Si elle se reproduit, rouvrez-la.',
    'knownErrors.statusHelp.retired':
      "Elle ne s'applique plus\u00a0: le service n'existe plus, ou elle a été consignée deux fois.",
    'knownErrors.moves.investigating': 'Analyser de nouveau',
    'knownErrors.moves.workaround': 'Solution de contournement disponible',
    'knownErrors.moves.fix-in-progress': 'Correctif en cours',
    'knownErrors.moves.fixed': 'Corrigée',
    'knownErrors.moves.retired': 'Retirée',
    'knownErrors.reasons.same-entity': 'Même service',
    'knownErrors.reasons.dependency': 'Touche une dépendance',
    'knownErrors.reasons.same-system': 'Même système',
    'knownErrors.reasons.text': 'Mots semblables',
    'knownErrors.total_one': '{{count}} erreur connue',
    'knownErrors.total_other': '{{count}} erreurs connues',
    'knownErrors.causedIncidents_one': 'A causé {{count}} incident',
    'knownErrors.causedIncidents_other': 'A causé {{count}} incidents',
    'knownErrors.listPage.title': 'Erreurs connues',
    'knownErrors.listPage.subtitle':
      'Les problèmes dont la cause est connue ou recherchée, avec leurs solutions de contournement',
    'knownErrors.listPage.sidebar': 'Erreurs connues',
    'knownErrors.listPage.loadError':
      'Impossible de charger les erreurs connues',
    'knownErrors.listPage.searchLabel': 'Rechercher',
    'knownErrors.listPage.searchPlaceholder':
      "Symptômes, messages d'erreur, causes, contournements",
    'knownErrors.listPage.team': 'Équipe',
    'knownErrors.listPage.service': 'Service',
    'knownErrors.listPage.emptyTitle': 'Aucune erreur connue consignée',
    'knownErrors.listPage.emptyDescription':
      'Une erreur connue est un problème dont la cause est connue ou recherchée, consigné avec sa solution de contournement pour que la prochaine personne qui le rencontre ne reparte pas de zéro. Consignez-en une quand un incident révèle un problème qui peut revenir\u00a0: ce que les gens constatent, la cause, comment la contourner et ce qui la corrigera pour de bon. Les intervenants la trouvent ici, et elle leur est suggérée quand ils déclarent un incident sur le même service ou sur ce qui en dépend.',
    'knownErrors.listPage.emptyFiltered':
      'Aucune erreur connue ne correspond à cette recherche.',
    'knownErrors.listPage.liveUpdates':
      "Cette page se met à jour d'elle-même quand quelqu'un modifie une erreur connue.",
    'knownErrors.table.number': 'Erreur connue',
    'knownErrors.table.title': 'Problème',
    'knownErrors.table.status': 'Statut',
    'knownErrors.table.services': 'Services',
    'knownErrors.table.workaround': 'Contournement',
    'knownErrors.table.hasWorkaround': 'Oui',
    'knownErrors.table.noWorkaround': 'Pas encore',
    'knownErrors.table.recurrence': 'Incidents',
    'knownErrors.table.reasons': 'Pourquoi',
    'knownErrors.table.lastSeen': 'Vue pour la dernière fois',
    'knownErrors.table.neverSeen': 'Jamais',
    'knownErrors.page.loadError': 'Impossible de charger cette erreur connue',
    'knownErrors.page.notFoundTitle': "Pas d'erreur connue {{reference}}",
    'knownErrors.page.notFoundDescription':
      "Il n'y a pas d'erreur connue {{reference}}\u00a0: le lien est peut-être erroné, ou elle porte un autre numéro. Cherchez plutôt dans les erreurs connues.",
    'knownErrors.page.backToList': 'Retour aux erreurs connues',
    'knownErrors.page.symptoms': 'Symptômes',
    'knownErrors.page.rootCause': 'Cause profonde',
    'knownErrors.page.workaround': 'Solution de contournement',
    'knownErrors.page.permanentFix': 'Correctif permanent',
    'knownErrors.page.fixLink': 'Où le correctif est suivi',
    'knownErrors.page.notRecorded': 'Pas encore consigné.',
    'knownErrors.page.services': 'Services',
    'knownErrors.page.owners': 'Responsables',
    'knownErrors.page.noOwners': 'Aucun responsable',
    'knownErrors.page.recurrence': 'Récurrence',
    'knownErrors.page.lastSeen': 'Vue pour la dernière fois',
    'knownErrors.page.neverSeen': 'Aucun incident lié pour le moment',
    'knownErrors.page.recorded': 'Consignée',
    'knownErrors.page.recordedBy': '{{time}} par {{user}}',
    'knownErrors.page.incidentsTitle': "Incidents qu'elle a causés",
    'knownErrors.page.incidentsSubheader': 'Les plus récents en premier',
    'knownErrors.page.incidentsEmpty':
      "Aucun incident ne lui est encore lié. Liez-la depuis la page d'un incident, ou choisissez «\u00a0C'est celle-ci\u00a0» en déclarant.",
    'knownErrors.page.declared': 'Déclaré',
    'knownErrors.page.historyTitle': 'Historique',
    'knownErrors.page.changeStatus': 'Changer le statut pour',
    'knownErrors.page.statusFailed':
      "Le statut n'a pas changé\u00a0: {{message}}",
    'knownErrors.page.liveUpdates':
      "Cette page se met à jour d'elle-même quand quelqu'un modifie l'erreur connue.",
    'knownErrors.history.created': "L'a consignée",
    'knownErrors.history.updated': 'A modifié\u00a0: {{fields}}',
    'knownErrors.history.statusChanged':
      'A changé le statut de «\u00a0{{from}}\u00a0» à «\u00a0{{to}}\u00a0»',
    'knownErrors.history.incidentLinked': 'A lié {{incident}}',
    'knownErrors.history.incidentUnlinked': 'A délié {{incident}}',
    'knownErrors.fields.title': 'problème',
    'knownErrors.fields.symptoms': 'symptômes',
    'knownErrors.fields.rootCause': 'cause profonde',
    'knownErrors.fields.workaround': 'solution de contournement',
    'knownErrors.fields.permanentFix': 'correctif permanent',
    'knownErrors.fields.fixUrl': 'lien du correctif',
    'knownErrors.fields.entityRefs': 'services',
    'knownErrors.fields.status': 'statut',
    'knownErrors.form.recordButton': 'Consigner une erreur connue',
    'knownErrors.form.editButton': 'Modifier',
    'knownErrors.form.createTitle': 'Consigner une erreur connue',
    'knownErrors.form.editTitle': 'Modifier {{number}}',
    'knownErrors.form.intro':
      "Écrivez-la pour la prochaine personne d'intervention\u00a0: ce qu'elle verra, comment rétablir le service et ce qui corrigera le problème pour de bon. La solution de contournement peut être consignée avant que la cause soit connue.",
    'knownErrors.form.titleLabel': 'Problème',
    'knownErrors.form.titleHelp':
      "Un nom court que les gens reconnaîtront, p. ex. «\u00a0Le cache du panier sert d'anciens prix\u00a0»",
    'knownErrors.form.symptomsLabel': 'Symptômes',
    'knownErrors.form.symptomsHelp':
      "Ce que les gens constatent\u00a0: messages d'erreur, codes, graphiques. Le Markdown est pris en charge.",
    'knownErrors.form.servicesLabel': 'Services touchés',
    'knownErrors.form.servicesHelp':
      'Les composants, systèmes, API ou ressources touchés\u00a0; leurs responsables sont liés à partir du catalogue.',
    'knownErrors.form.addService': 'Ajouter un service',
    'knownErrors.form.rootCauseLabel': 'Cause profonde',
    'knownErrors.form.rootCauseHelp':
      "Pourquoi cela se produit, dans la mesure où on le sait. Laissez vide pendant l'analyse.",
    'knownErrors.form.workaroundLabel': 'Solution de contournement',
    'knownErrors.form.workaroundHelp':
      "Comment réduire ou supprimer l'impact en attendant le correctif permanent\u00a0: étapes, commandes, qui appeler.",
    'knownErrors.form.permanentFixLabel': 'Correctif permanent',
    'knownErrors.form.permanentFixHelp':
      'Ce qui la fera disparaître pour de bon.',
    'knownErrors.form.fixUrlLabel': 'Lien du correctif',
    'knownErrors.form.fixUrlHelp':
      'Le billet ou le changement qui apporte le correctif permanent (http ou https).',
    'knownErrors.form.statusLabel': 'Statut',
    'knownErrors.form.submitCreate': 'Consigner',
    'knownErrors.form.submitEdit': 'Enregistrer',
    'knownErrors.form.submitting': 'Enregistrement…',
    'knownErrors.form.failed':
      "L'erreur connue n'a pas été enregistrée\u00a0: {{message}}",
    'knownErrors.form.fromIncidentImpact': 'Impact\u00a0:',
    'knownErrors.form.fromIncidentNotes': 'Notes de {{number}}',
    'knownErrors.form.fromIncidentNoteTime': '{{time}}\u00a0:',
    'knownErrors.entityTab.title': 'Erreurs connues de {{entity}}',
    'knownErrors.entityTab.empty':
      "Aucune erreur connue n'est consignée pour {{entity}}.",
    'knownErrors.entityTab.relatedTitle':
      'Erreurs connues de ce dont il dépend',
    'knownErrors.entityTab.relatedHelp':
      'Les erreurs connues des services dont {{entity}} dépend ou qui dépendent de lui, et du reste de son système. Elles peuvent aussi expliquer ses incidents.',
    'knownErrors.entityTab.relatedEmpty': 'Aucune de consignée.',
    'knownErrors.entityTab.relatedError':
      "Les erreurs connues de ce dont il dépend n'ont pas pu être consultées.",
    'knownErrors.entityTab.loadError':
      'Impossible de charger les erreurs connues',
    'knownErrors.entityTab.count_one':
      '{{count}} erreur connue touche {{entity}}.',
    'knownErrors.entityTab.count_other':
      '{{count}} erreurs connues touchent {{entity}}.',
    'knownErrors.entityTab.countLink':
      'Les voir avec leurs solutions de contournement',
    'knownErrors.entityTab.liveUpdates':
      "Cet onglet se met à jour de lui-même quand quelqu'un modifie une erreur connue.",
    'knownErrors.suggestions.title':
      'Erreurs connues qui pourraient expliquer ce problème',
    'knownErrors.suggestions.help':
      "D'après le service touché, ce dont il dépend et les mots que vous avez saisis. Si vous en reconnaissez une, choisissez «\u00a0C'est celle-ci\u00a0»\u00a0: elle sera liée à l'incident quand vous le déclarerez.",
    'knownErrors.suggestions.loading': "Recherche d'erreurs connues…",
    'knownErrors.suggestions.unavailable':
      "Les erreurs connues n'ont pas pu être consultées. Vous pouvez quand même déclarer.",
    'knownErrors.suggestions.showWorkaround':
      'Afficher la solution de contournement',
    'knownErrors.suggestions.hideWorkaround':
      'Masquer la solution de contournement',
    'knownErrors.suggestions.noWorkaround':
      'Aucune solution de contournement consignée pour le moment.',
    'knownErrors.suggestions.thisIsIt': "C'est celle-ci",
    'knownErrors.suggestions.thisIsItLabel': "C'est celle-ci\u00a0: {{number}}",
    'knownErrors.panel.title': 'Erreurs connues',
    'knownErrors.panel.subheader':
      'Les problèmes déjà connus qui ont causé cet incident',
    'knownErrors.panel.linkedEmpty':
      "Aucune erreur connue n'est encore liée à cet incident.",
    'knownErrors.panel.unlink': 'Délier',
    'knownErrors.panel.unlinkLabel': 'Délier {{number}}',
    'knownErrors.panel.suggestionsTitle': 'Peut-être liées',
    'knownErrors.panel.suggestionsEmpty':
      'Aucune erreur connue consignée ne correspond à cet incident.',
    'knownErrors.panel.suggestionsError':
      "Les erreurs connues liées n'ont pas pu être consultées.",
    'knownErrors.panel.link': 'Lier',
    'knownErrors.panel.linkLabel': 'Lier {{number}} à cet incident',
    'knownErrors.panel.record': 'Consigner comme erreur connue',
    'knownErrors.panel.recordHelp':
      'Une nouvelle erreur connue à partir de cet incident (son titre, ses services, son résumé, son impact et ses notes), liée à celui-ci.',
    'knownErrors.panel.failed':
      "La modification n'a pas été enregistrée\u00a0: {{message}}",
    'datePicker.placeholder': 'p. ex. {{example}}',
    'datePicker.open': 'Choisir le jour dans un calendrier',
    'datePicker.ok': 'OK',
    'postmortems.statuses.draft': 'Brouillon',
    'postmortems.statusHelp.draft':
      "En cours de rédaction. Toutes les personnes de l'intervention peuvent la modifier.",
    'postmortems.statusHelp.in-review':
      "En attente de revue et d'approbation par la direction SRE. Renvoyez-la au brouillon pour la modifier.",
    'postmortems.statusHelp.approved':
      'Revue et approuvée. Rouvrez-la pour la modifier.',
    'postmortems.sections.summary.label': 'Résumé',
    'postmortems.sections.summary.help':
      "Ce qui s'est passé, en 2 ou 3 phrases.",
    'postmortems.sections.impact.label': 'Impact',
    'postmortems.sections.impact.help':
      "La nature de l'impact de l'incident sur l'organisme\u00a0: qui et quoi a été touché, et combien d'utilisateurs.",
    'postmortems.sections.detection.label': 'Détection',
    'postmortems.sections.detection.help':
      'La façon dont il a été détecté\u00a0: une alerte, un utilisateur, un ou une collègue.',
    'postmortems.sections.trigger.label': 'Déclenchement',
    'postmortems.sections.trigger.help':
      "La façon dont l'incident a été déclenché, et par quoi\u00a0: un système automatisé, un changement, un élément extérieur à l'organisme.",
    'postmortems.sections.rootCause.label':
      'Cause profonde et facteurs contributifs',
    'postmortems.sections.rootCause.help':
      "La cause profonde qui explique l'incident, et ce qui y a contribué. Demandez-vous pourquoi le système l'a permis, ou a laissé croire que c'était la bonne chose à faire, et non qui l'a fait.",
    'postmortems.sections.resolution.label': 'Résolution',
    'postmortems.sections.resolution.help':
      "La façon dont il a été résolu\u00a0: ce qui a été fait pour en atténuer l'impact et rétablir le service.",
    'postmortems.sections.wentWell.label': 'Ce qui a bien fonctionné',
    'postmortems.sections.wentWell.help':
      "Là où nous avons réussi pendant l'intervention.",
    'postmortems.sections.wentWrong.label': "Ce qui n'a pas fonctionné",
    'postmortems.sections.wentWrong.help':
      'Là où nous avons échoué, du point de vue des systèmes, des processus et des rôles.',
    'postmortems.sections.gotLucky.label': 'Là où nous avons eu de la chance',
    'postmortems.sections.gotLucky.help':
      'Ce qui aurait pu aggraver la situation.',
    'postmortems.sections.evidence.label': 'Preuves',
    'postmortems.sections.evidence.help':
      "Les liens vers les preuves\u00a0: journaux, graphiques, messages, billets. Aucune preuve n'est supprimée avant l'analyse rétrospective.",
    'postmortems.tab.overview': "Vue d'ensemble",
    'postmortems.tab.postmortem': 'Analyse rétrospective',
    'postmortems.tab.tabsLabel': 'Parties de {{number}}',
    'postmortems.tab.loadError':
      "Impossible de charger l'analyse rétrospective",
    'postmortems.tab.blamelessTitle':
      'Ceci est une analyse rétrospective sans reproches',
    'postmortems.tab.blameless':
      "Nous présumons les meilleures intentions et ne reprochons jamais une faute à quelqu'un. Désignez les personnes par leur rôle («\u00a0la personne d'astreinte\u00a0», «\u00a0le commandant ou la commandante de l'incident\u00a0»), pas par leur nom, et présentez la chronologie, les causes et les actions du point de vue des systèmes, des processus et des rôles, pas des individus. Ne demandez pas «\u00a0pourquoi cette personne a-t-elle fait cela\u00a0», mais «\u00a0pourquoi le système l'a-t-il permis, ou lui a-t-il laissé croire que c'était la bonne chose à faire\u00a0».",
    'postmortems.tab.required':
      "Une analyse rétrospective est obligatoire pour les incidents {{severity}}. L'incident pourra être clos une fois l'analyse approuvée.",
    'postmortems.tab.optional':
      "Une analyse rétrospective est facultative pour les incidents {{severity}}. Rédigez-en une chaque fois qu'elle nous aiderait à tirer des leçons de ce qui s'est passé.",
    'postmortems.tab.requirementUnknown':
      'Une analyse rétrospective est obligatoire ou non selon la gravité, qui reste à évaluer. L’incident pourra être clos une fois la gravité fixée.',
    'postmortems.tab.start': 'Commencer une analyse rétrospective',
    'postmortems.tab.startFailed':
      "L'analyse rétrospective n'a pas été commencée\u00a0: {{message}}",
    'postmortems.tab.notStarted':
      "Aucune analyse rétrospective n'a été commencée pour cet incident.",
    'postmortems.tab.title': 'Analyse rétrospective de {{number}}',
    'postmortems.tab.owner': "Responsable de l'analyse rétrospective",
    'postmortems.tab.ownerHelp':
      "Répond de l'analyse rétrospective, de l'ébauche à l'approbation. Attribuez ou passez ce rôle dans l'onglet Vue d'ensemble.",
    'postmortems.tab.noOwner': 'Pas encore attribué',
    'postmortems.tab.review': 'Revue',
    'postmortems.tab.approved': 'Approuvée {{time}} par {{user}}',
    'postmortems.tab.sentBack': 'Renvoyée au brouillon\u00a0: {{comment}}',
    'postmortems.tab.reportTitle': 'Rapport',
    'postmortems.tab.reportHelp':
      "Chaque section est enregistrée pendant que vous écrivez. Le Markdown est pris en charge\u00a0; l'aperçu montre le texte tel qu'il sera affiché.",
    'postmortems.tab.readOnly':
      "Le rapport peut être modifié tant qu'il est un brouillon, par les personnes autorisées à modifier l'incident.",
    'postmortems.tab.liveUpdates':
      "Cet onglet se met à jour lorsque quelqu'un modifie l'analyse rétrospective ou ses actions de suivi.",
    'postmortems.facts.title': "Ce qui s'est passé, d'après l'incident",
    'postmortems.facts.severity': 'Gravité',
    'postmortems.facts.services': 'Services touchés',
    'postmortems.facts.owners': 'Propriétaires',
    'postmortems.facts.noOwners': 'Aucun propriétaire',
    'postmortems.facts.roles': "Rôles dans l'intervention",
    'postmortems.facts.rolesHelp':
      'Désignez les personnes par ces rôles, pas par leur nom.',
    'postmortems.editor.write': 'Écrire',
    'postmortems.editor.preview': 'Aperçu',
    'postmortems.editor.modes': '{{section}}\u00a0: écrire ou prévisualiser',
    'postmortems.editor.empty': 'Rien de rédigé pour le moment.',
    'postmortems.editor.neededForReview': 'Requis pour la revue',
    'postmortems.editor.theirVersion':
      "La version enregistrée par quelqu'un d'autre",
    'postmortems.save.saved': 'Toutes les modifications sont enregistrées',
    'postmortems.save.prefilled':
      "Prérempli à partir de l'incident\u00a0; enregistré dès que vous le modifiez",
    'postmortems.save.pending': 'Modifications pas encore enregistrées…',
    'postmortems.save.saving': 'Enregistrement…',
    'postmortems.save.failed':
      "Impossible d'enregistrer vos modifications\u00a0: {{message}}",
    'postmortems.save.retry': 'Réessayer',
    'postmortems.save.conflictTitle':
      "Quelqu'un d'autre a modifié cette analyse rétrospective",
    'postmortems.save.conflict':
      "Quelqu'un d'autre a enregistré des modifications aux sections {{sections}} pendant que vous écriviez. Votre texte est toujours dans le champ, avec sa version en dessous. Rien n'y est enregistré tant que vous n'avez pas choisi.",
    'postmortems.save.keepMine': 'Enregistrer ma version',
    'postmortems.save.takeTheirs': 'Reprendre sa version',
    'postmortems.save.notDraft':
      "L'analyse rétrospective est maintenant «\u00a0{{status}}\u00a0»\u00a0: vos modifications aux sections {{sections}} n'ont pas pu être enregistrées. Copiez-les avant de partir, ou renvoyez l'analyse au brouillon.",
    'postmortems.save.unsavedFirst':
      "Enregistrez ou réglez d'abord vos modifications\u00a0: {{message}}",
    'postmortems.timeline.title': 'Chronologie',
    'postmortems.timeline.help':
      "D'après la chronologie de l'incident, du plus ancien au plus récent. Marquez comme importantes les entrées qui racontent l'histoire\u00a0: dès que certaines le sont, l'export et la vue imprimable ne gardent qu'elles.",
    'postmortems.timeline.markImportant': 'Importante\u00a0: {{entry}}',
    'postmortems.timeline.onlyImportant': 'Seulement les entrées importantes',
    'postmortems.timeline.empty':
      "Rien dans la chronologie de l'incident pour le moment.",
    'postmortems.review.submit': 'Soumettre pour revue',
    'postmortems.review.approve': 'Approuver',
    'postmortems.review.sendBack': 'Renvoyer au brouillon',
    'postmortems.review.reopen': 'Rouvrir',
    'postmortems.review.sendBackTitle':
      "Renvoyer l'analyse rétrospective de {{number}} au brouillon",
    'postmortems.review.sendBackIntro':
      "Dites ce qui doit changer. La personne responsable de l'analyse en est avisée, et le commentaire reste dans la chronologie.",
    'postmortems.review.reopenTitle':
      "Rouvrir l'analyse rétrospective approuvée de {{number}}",
    'postmortems.review.reopenIntro':
      'Elle revient au brouillon et devra être approuvée de nouveau. Dites pourquoi\u00a0; le commentaire reste dans la chronologie.',
    'postmortems.review.commentLabel': 'Pourquoi\u00a0?',
    'postmortems.review.commentRequired': 'Dites pourquoi',
    'postmortems.review.notReady': 'Avant la revue\u00a0: {{missing}}.',
    'postmortems.review.missingSections': 'rédiger les sections {{sections}}',
    'postmortems.review.missingActionItem':
      'ajouter au moins une action de suivi',
    'postmortems.review.missingBoth': '{{sections}}\u00a0; {{actionItem}}',
    'postmortems.review.failed':
      "L'analyse rétrospective n'a pas changé de statut\u00a0: {{message}}",
    'postmortems.review.approverOnly':
      "L'approbation demande la permission d'approuver les analyses rétrospectives (direction SRE).",
    'postmortems.export.markdown': 'Exporter en Markdown',
    'postmortems.export.printable': 'Vue imprimable',
    'postmortems.export.print': 'Imprimer',
    'postmortems.export.back': "Retour à l'édition",
    'postmortems.export.fileName': 'analyse-retrospective-{{number}}.md',
    'postmortems.export.documentTitle':
      'Analyse rétrospective de {{number}}\u00a0: {{title}}',
    'postmortems.export.statusLine': 'Statut\u00a0: {{status}}',
    'postmortems.export.generated': 'Exportée {{time}}',
    'postmortems.export.noActionItems': 'Aucune action de suivi.',
    'postmortems.export.notWritten': '_Non rédigé._',
    'postmortems.statuses.in-review': 'En revue',
    'postmortems.statuses.approved': 'Approuvée',
    'actionItems.statuses.open': 'Ouverte',
    'actionItems.statuses.in-progress': 'En cours',
    'actionItems.statuses.done': 'Faite',
    'actionItems.statuses.wont-do': 'Ne sera pas faite',
    'actionItems.kinds.mitigate': 'Atténuer',
    'actionItems.kinds.prevent': 'Prévenir',
    'actionItems.kinds.detect': 'Détecter',
    'actionItems.kinds.process': 'Processus',
    'actionItems.kindHelp.mitigate': "Réduire l'impact si cela se reproduit.",
    'actionItems.kindHelp.prevent': 'Empêcher que cela se reproduise.',
    'actionItems.kindHelp.detect': "S'en apercevoir plus tôt.",
    'actionItems.kindHelp.process': 'Changer notre façon de travailler.',
    'actionItems.priorities.high': 'Haute',
    'actionItems.priorities.medium': 'Moyenne',
    'actionItems.priorities.low': 'Basse',
    'actionItems.total_one': '{{count}} action de suivi',
    'actionItems.total_other': '{{count}} actions de suivi',
    'actionItems.overdue': 'En retard',
    'actionItems.table.title': 'Actions de suivi',
    'actionItems.table.subheader':
      "Celles en retard d'abord, puis par date d'échéance",
    'actionItems.table.action': 'Action',
    'actionItems.table.owner': 'Équipe responsable',
    'actionItems.table.assignee': 'Personne assignée',
    'actionItems.table.nobody': 'Personne de nommé',
    'actionItems.table.due': 'Échéance',
    'actionItems.table.priority': 'Priorité',
    'actionItems.table.kind': 'Type',
    'actionItems.table.status': 'Statut',
    'actionItems.table.incident': 'Incident',
    'actionItems.table.tracker': 'Suivi',
    'actionItems.table.knownError': "L'erreur connue qu'elle élimine",
    'actionItems.table.reason': 'Pourquoi pas\u00a0: {{reason}}',
    'actionItems.table.empty': 'Aucune action de suivi pour le moment.',
    'actionItems.add.button': 'Ajouter une action de suivi',
    'actionItems.add.title': 'Ajouter une action de suivi à {{number}}',
    'actionItems.add.intro':
      "Convenez d'une action assortie d'une échéance avec l'équipe qui en est responsable\u00a0; elle s'ajoute à son carnet de travail. Les mesures d'atténuation importantes sont à faire en 8 semaines.",
    'actionItems.add.titleLabel': 'Ce qui sera fait',
    'actionItems.add.titleHelp':
      'Une action courte et concrète, p. ex. «\u00a0Alerter lorsque le total du panier diffère du service des prix\u00a0»',
    'actionItems.add.titleRequired': 'Dites ce qui sera fait',
    'actionItems.add.ownerLabel': 'Équipe responsable',
    'actionItems.add.ownerHelp':
      "Le groupe du catalogue qui s'en chargera\u00a0; ses membres reçoivent un rappel avant l'échéance.",
    'actionItems.add.ownerRequired': "Choisissez l'équipe responsable",
    'actionItems.add.assigneeLabel': 'Personne assignée (facultatif)',
    'actionItems.add.assigneeHelp':
      "La personne qui s'en charge, si elle est nommée.",
    'actionItems.add.dueLabel': "Date d'échéance",
    'actionItems.add.dueHelp_one':
      "{{date}}. Par défaut, {{count}} jour à partir d'aujourd'hui.",
    'actionItems.add.dueHelp_other':
      "{{date}}. Par défaut, {{count}} jours à partir d'aujourd'hui.",
    'actionItems.add.dueRequired': "Choisissez une date d'échéance",
    'actionItems.add.priorityLabel': 'Priorité',
    'actionItems.add.kindLabel': 'Type',
    'actionItems.add.trackerLabel': 'Lien de suivi (facultatif)',
    'actionItems.add.trackerHelp':
      "Le billet dans le carnet de travail de l'équipe (http ou https).",
    'actionItems.add.knownErrorLabel':
      "Erreur connue qu'elle élimine (facultatif)",
    'actionItems.add.knownErrorHelp':
      'Cherchez parmi les erreurs connues. Une fois la dernière action de suivi ouverte qui y est liée terminée, on vous propose de la marquer comme corrigée.',
    'actionItems.add.submit': 'Ajouter',
    'actionItems.add.submitting': 'Ajout…',
    'actionItems.add.failed':
      "L'action de suivi n'a pas été ajoutée\u00a0: {{message}}",
    'actionItems.status.label': 'Statut de «\u00a0{{title}}\u00a0»',
    'actionItems.status.wontDoTitle': 'Ne sera pas faite\u00a0: {{title}}',
    'actionItems.status.wontDoIntro':
      "L'action de suivi est fermée sans être faite. Dites pourquoi, pour les personnes qui font la revue et pour l'équipe responsable.",
    'actionItems.status.reasonLabel':
      'Pourquoi ne sera-t-elle pas faite\u00a0?',
    'actionItems.status.reasonRequired': 'Dites pourquoi',
    'actionItems.status.confirm': 'Enregistrer',
    'actionItems.status.failed': "Le statut n'a pas changé\u00a0: {{message}}",
    'actionItems.knownErrorReady.message':
      '«\u00a0{{title}}\u00a0» était la dernière action de suivi ouverte pour {{knownError}}. Si sa correction définitive est en place, marquez-la comme corrigée.',
    'actionItems.knownErrorReady.markFixed':
      'Marquer {{number}} comme corrigée',
    'actionItems.knownErrorReady.dismiss': 'Pas maintenant',
    'actionItems.knownErrorReady.fixed':
      '{{number}} est marquée comme corrigée.',
    'actionItems.knownErrorReady.failed':
      "L'erreur connue n'a pas été modifiée\u00a0: {{message}}",
    'actionItems.knownErrorPicker.noOptions':
      'Aucune erreur connue ne correspond',
    'actionItems.knownErrorPicker.loading':
      'Recherche dans les erreurs connues…',
    'actionItems.teamTab.title': 'Actions de suivi de {{team}}',
    'actionItems.teamTab.intro':
      "Les actions de suivi dont {{team}} est responsable, de toutes les analyses rétrospectives\u00a0: celles en retard d'abord, puis par date d'échéance.",
    'actionItems.teamTab.status': 'Statut',
    'actionItems.teamTab.overdueOnly': 'Seulement celles en retard',
    'actionItems.teamTab.loadError':
      'Impossible de charger les actions de suivi',
    'actionItems.teamTab.empty':
      'Aucune action de suivi à faire pour {{team}}.',
    'actionItems.teamTab.emptyFiltered':
      'Aucune action de suivi ne correspond à ces filtres.',
    'actionItems.teamTab.emptyDescription':
      "Les actions de suivi viennent des analyses rétrospectives\u00a0: chacune a une équipe responsable et une échéance (8 semaines sauf entente contraire). Quand une analyse en ajoute une pour {{team}}, elle apparaît ici, et ses membres reçoivent un rappel avant l'échéance.",
    'actionItems.teamTab.liveUpdates':
      "Cet onglet se met à jour lorsque l'analyse rétrospective ou les actions de suivi d'un incident changent.",
    'actionItems.entityTab.title':
      'Actions de suivi des incidents touchant {{entity}}',
    'actionItems.entityTab.intro':
      "Les actions de suivi des analyses rétrospectives des incidents touchant {{entity}}\u00a0: celles en retard d'abord, puis par date d'échéance.",
    'actionItems.entityTab.empty':
      'Aucune action de suivi à faire pour les incidents touchant {{entity}}.',
    'actionItems.entityTab.emptyDescription':
      "Les actions de suivi viennent des analyses rétrospectives\u00a0: quand l'analyse d'un incident touchant {{entity}} en ajoute une, elle apparaît ici avec son équipe responsable et son échéance.",
    'actionItemSlo.title': 'Actions de suivi faites à temps',
    'actionItemSlo.help':
      "Parmi les actions de suivi dont l'échéance est passée, la part faite à temps\u00a0; et celles encore ouvertes après leur échéance. La cible\u00a0: les mesures d'atténuation importantes faites en 8 semaines.",
    'actionItemSlo.share': 'Faites à temps',
    'actionItemSlo.due': 'Échues',
    'actionItemSlo.doneByDueDay': "Faites avant l'échéance",
    'actionItemSlo.openOverdue': 'Ouvertes et en retard',
    'actionItemSlo.noValue': 'Rien à échéance',
    'actionItemSlo.overall': 'Toutes les actions de suivi',
    'actionItemSlo.period': 'Période',
    'actionItemSlo.team': 'Équipe',
    'actionItemSlo.service': 'Service',
    'actionItemSlo.byTeamCaption':
      'Actions de suivi faites à temps, par équipe responsable',
    'actionItemSlo.byServiceCaption':
      'Actions de suivi faites à temps, par service touché',
    'actionItemSlo.trendCaption':
      'Actions de suivi faites à temps, par {{bucket}} de leur échéance',
    'actionItemSlo.description':
      'La part des actions de suivi faites avant leur échéance par {{bucket}}, et celles ouvertes en retard.',
    'actionItemSlo.noneDue':
      "Aucune action de suivi n'était encore à échéance dans cette période.",
    'actionItemSlo.loadError':
      "Impossible de charger l'avancement des actions de suivi",
    'actionItemSlo.loading': "Chargement de l'avancement des actions de suivi",
    'metricsPage.title': 'Indicateurs des incidents',
    'metricsPage.subtitle':
      "Délai de détection et délai de rétablissement dans toute l'organisation",
    'metricsPage.sidebar': 'Indicateurs',
    'metricsPage.link': 'Indicateurs',
    'metricsPage.allIncidents': 'Tous les incidents',
    'metricsPage.rangeHint':
      "Les 12 derniers mois, sauf si vous choisissez d'autres dates\u00a0; effacez les filtres pour voir tous les incidents.",
    'confirmations.status': 'Statut changé en «\u00a0{{status}}\u00a0»',
    'confirmations.role': '{{role}}\u00a0: rôle attribué',
    'confirmations.details': 'Détails enregistrés',
    'confirmations.timeline': 'Ajouté à la chronologie\u00a0: {{kind}}',
    'confirmations.knownError.link': '{{number}} lié à cet incident',
    'confirmations.knownError.unlink': '{{number}} détaché de cet incident',
    'confirmations.knownError.status':
      "Statut de l'erreur connue changé en «\u00a0{{status}}\u00a0»",
    'confirmations.postmortem':
      "L'analyse rétrospective est maintenant\u00a0: {{status}}",
    'confirmations.actionItem':
      "L'action de suivi est maintenant\u00a0: {{status}}",
    'teamTab.activeTitle':
      'Incidents actifs touchant ce dont {{team}} est responsable',
    'teamTab.noActive':
      'Aucun incident actif ne touche ce dont {{team}} est responsable.',
    'teamTab.loadError': 'Impossible de charger les incidents de cette équipe',
    'teamTab.historyTitle':
      'Incidents passés touchant ce dont {{team}} est responsable',
    'teamTab.noPast':
      "Aucun incident passé n'a touché ce dont {{team}} est responsable.",
    'teamTab.allIncidents': 'Tous les incidents de {{team}}',
    'teamTab.sloIntro':
      'Les actions de suivi dont {{team}} est responsable, de toutes les analyses rétrospectives.',
    'teamTab.metricsIntro':
      'Les incidents touchant les services, systèmes, API et ressources dont {{team}} était responsable au moment de la déclaration de chaque incident.',
    'timeline.title': 'Chronologie',
    'timeline.empty': 'Rien dans la chronologie pour le moment.',
    'timeline.newestFirst': 'Les plus récents en premier',
    'timeline.by': 'par {{user}}',
    'timeline.corrects': 'Corrige une entrée précédente',
    'timeline.inSlack': 'Message dans Slack',
    'timeline.kinds.note': 'Note',
    'timeline.kinds.decision': 'Décision',
    'timeline.kinds.action': 'Action',
    'timeline.kinds.status-update': 'Point de situation',
    'timeline.kinds.declared': 'Déclaration',
    'timeline.kinds.status-changed': 'Changement de statut',
    'timeline.kinds.severity-changed': 'Changement de gravité',
    'timeline.kinds.role-assigned': 'Attribution de rôle',
    'timeline.kinds.field-changed': 'Modification',
    'timeline.kinds.milestone-changed': 'Changement de jalon',
    'timeline.kinds.workspace-step-succeeded':
      "Étape de l'espace de travail terminée",
    'timeline.kinds.workspace-step-retrying':
      "Nouvel essai d'une étape de l'espace de travail",
    'timeline.kinds.workspace-step-failed':
      "Échec d'une étape de l'espace de travail",
    'timeline.kinds.workspace-steps-retried':
      "Étapes de l'espace de travail relancées",
    'timeline.kinds.known-error-linked': 'Erreur connue liée',
    'timeline.kinds.known-error-unlinked': 'Erreur connue déliée',
    'timeline.kinds.postmortem-status-changed':
      "Statut de l'analyse rétrospective",
    'timeline.kinds.action-item-added': 'Action de suivi ajoutée',
    'timeline.kinds.action-item-status-changed': "Statut d'une action de suivi",
    'timeline.kinds.other': 'Événement',
    'timeline.auto.declaredLive':
      'A déclaré un incident {{severity}} touchant {{entities}}',
    'timeline.auto.declaredRetrospective':
      'A consigné un incident {{severity}} passé touchant {{entities}}',
    'timeline.auto.declaredLiveUnassessed':
      'A déclaré un incident touchant {{entities}}, gravité à évaluer',
    'timeline.auto.declaredRetrospectiveUnassessed':
      'A consigné un incident passé touchant {{entities}}, gravité à évaluer',
    'timeline.auto.statusChanged':
      'A changé le statut de «\u00a0{{from}}\u00a0» à «\u00a0{{to}}\u00a0»',
    'timeline.auto.severityChanged':
      'A changé la gravité de «\u00a0{{from}}\u00a0» à «\u00a0{{to}}\u00a0»',
    'timeline.auto.roleAssigned':
      '{{to}} assume désormais le rôle «\u00a0{{role}}\u00a0»',
    'timeline.auto.roleAssignedFrom':
      '{{to}} assume désormais le rôle «\u00a0{{role}}\u00a0», à la place de {{from}}',
    'timeline.auto.handoffNote': 'Note de passation\u00a0: {{note}}',
    'timeline.auto.fieldChanged': 'A modifié le champ «\u00a0{{field}}\u00a0»',
    'timeline.auto.milestoneChanged':
      'A changé «\u00a0{{field}}\u00a0» de {{from}} à {{to}}',
    'timeline.auto.stepSucceeded': '{{step}}\u00a0: terminé',
    'timeline.auto.stepRetrying':
      '{{step}}\u00a0: {{error}}. Nouvel essai automatique.',
    'timeline.auto.stepFailed':
      '{{step}}\u00a0: échec, {{error}}. Utilisez «\u00a0Relancer les étapes en échec\u00a0» une fois le problème réglé.',
    'timeline.auto.stepsRetried': 'Relancé\u00a0: {{steps}}',
    'timeline.auto.knownErrorLinked': "A lié l'erreur connue {{knownError}}",
    'timeline.auto.knownErrorUnlinked':
      "A délié l'erreur connue {{knownError}}",
    'timeline.auto.postmortemLink': "l'analyse rétrospective",
    'timeline.auto.postmortemSubmitted': 'A soumis {{postmortem}} pour revue',
    'timeline.auto.postmortemApproved': 'A approuvé {{postmortem}}',
    'timeline.auto.postmortemSentBack': 'A renvoyé {{postmortem}} au brouillon',
    'timeline.auto.postmortemReopened': 'A rouvert {{postmortem}}',
    'timeline.auto.postmortemComment': 'Commentaire\u00a0: {{comment}}',
    'timeline.auto.actionItemAdded':
      "A ajouté l'action de suivi {{item}} pour {{owner}}",
    'timeline.auto.actionItemStatusChanged':
      "A fait passer l'action de suivi {{item}} de «\u00a0{{from}}\u00a0» à «\u00a0{{to}}\u00a0»",
    'timeline.fields.title': 'titre',
    'timeline.fields.description': 'description',
    'timeline.fields.summary': 'résumé',
    'timeline.fields.impact': 'impact',
    'timeline.form.title': 'Ajouter à la chronologie',
    'timeline.form.kindLabel': "Type d'entrée",
    'timeline.form.bodyLabel': "Ce qui s'est passé",
    'timeline.form.bodyHelp': 'Le Markdown est pris en charge.',
    'timeline.form.submit': 'Ajouter',
    'timeline.form.failed': "L'entrée n'a pas été ajoutée\u00a0: {{message}}",
    'timeline.form.statusUpdateIntro':
      'Suivez le modèle\u00a0: un résumé de 1 ou 2 phrases, 2 à 4 points sur la situation actuelle, 2 à 4 points sur les prochaines étapes, et le moment de la prochaine mise à jour.',
    'timeline.form.summaryLabel':
      "Résumé de la situation actuelle et de l'impact",
    'timeline.form.summaryHelp': '1 ou 2 phrases',
    'timeline.form.currentStatusLabel': 'Situation actuelle',
    'timeline.form.nextStepsLabel': 'Prochaines étapes',
    'timeline.form.bulletsHelp': '2 à 4 points, un par ligne',
    'timeline.form.nextUpdateLabel':
      'Quand et où la prochaine mise à jour sera-t-elle publiée\u00a0?',
    'timeline.form.checklistTitle':
      'Avant de publier, vérifiez que la mise à jour répond à ces questions\u00a0:',
    'timeline.form.checklist.impact':
      "Avons-nous décrit l'impact réel sur la clientèle\u00a0?",
    'timeline.form.checklist.affected':
      'Avons-nous dit combien de clients internes et externes sont touchés\u00a0?',
    'timeline.form.checklist.rootCause':
      'Si la cause profonde est connue, quelle est-elle\u00a0?',
    'timeline.form.checklist.eta':
      "S'il y a une heure prévue de rétablissement, quelle est-elle\u00a0?",
    'timeline.form.checklist.nextUpdate':
      'Quand et où la prochaine mise à jour sera-t-elle publiée\u00a0?',
    'timeline.form.unknownsHint':
      "Soyez explicite sur ce que vous ignorez\u00a0: «\u00a0la cause profonde est inconnue pour l'instant\u00a0» vaut mieux que de ne rien dire.",
    'timeline.form.composedCurrentStatus': 'Situation actuelle',
    'timeline.form.composedNextSteps': 'Prochaines étapes',
    'timeline.form.composedNextUpdate': 'Prochaine mise à jour\u00a0:',
    'search.kinds.incident': 'Incident',
    'search.kinds.knownError': 'Erreur connue',
    'search.kinds.postmortem': 'Analyse rétrospective',
    'search.severity': 'Gravité\u00a0: {{severity}}',
    'search.severityUnassessed': 'Gravité à évaluer',
    'search.entity': 'Touché\u00a0: {{entity}}',
    'search.declared': 'Déclaré le {{date}}',
    'search.updated': 'Mis à jour le {{date}}',
  },
});

export default fr;
