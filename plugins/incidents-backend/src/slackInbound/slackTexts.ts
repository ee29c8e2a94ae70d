import {
  DEFAULT_SEVERITIES,
  SeverityDefinition,
} from '@incident-response/backstage-plugin-incidents-common';

/** The languages Slack users are answered in: French for a `fr-*` Slack locale. */
export type SlackLanguage = 'en' | 'fr';

export function slackLanguage(locale: string | undefined): SlackLanguage {
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** What the Slack entry point says, in one language. */
export type SlackTexts = {
  help(command: string): string;
  declareTitle: string;
  declareSubmit: string;
  cancel: string;
  titleLabel: string;
  titlePlaceholder: string;
  entityLabel: string;
  entityPlaceholder: string;
  entityHint: string;
  severityLabel: string;
  modeLabel: string;
  modeLive: string;
  modeRetrospective: string;
  modeRetrospectiveHint: string;
  impactStartedLabel: string;
  detectedLabel: string;
  resolvedLabel: string;
  timesHint: string;
  securityLabel: string;
  securityOption: string;
  securityHint: string;
  descriptionLabel: string;
  required: string;
  entityMissing: string;
  impactStartedMissing: string;
  resolvedMissing: string;
  declared(number: string, url: string, channel: string | undefined): string;
  declaredTitle: string;
  close: string;
  notAllowed: string;
  failed(message: string): string;
  /** The name and description of a default severity; custom ones keep their own. */
  severity(severity: SeverityDefinition): { name: string; description: string };
};

const DEFAULT_FRENCH_SEVERITIES: Record<
  string,
  { name: string; description: string }
> = {
  SEV1: {
    name: 'SEV1 - Critique',
    description: 'Un incident critique à très fort impact',
  },
  SEV2: {
    name: 'SEV2 - Majeur',
    description: 'Un incident majeur à impact important',
  },
  SEV3: {
    name: 'SEV3 - Mineur',
    description: 'Un incident mineur à faible impact',
  },
};

const isDefault = (severity: SeverityDefinition) =>
  DEFAULT_SEVERITIES.some(
    d => d.id === severity.id && d.name === severity.name,
  );

const en: SlackTexts = {
  help: command =>
    [
      `*${command} <what is wrong>* declares an incident: a form opens with the title filled in; choose the affected service and the severity.`,
      `*${command} help* shows this.`,
      'Everything about the incident is then in Backstage and in its own channel.',
    ].join('\n'),
  declareTitle: 'Declare an incident',
  declareSubmit: 'Declare',
  cancel: 'Cancel',
  titleLabel: 'What is wrong?',
  titlePlaceholder: 'Checkout returns 502 for card payments',
  entityLabel: 'Affected service',
  entityPlaceholder: 'Search the catalog',
  entityHint:
    'The service, system, API or resource that is affected; its owners are brought in.',
  severityLabel: 'Severity',
  modeLabel: 'Is it happening now?',
  modeLive: 'Yes, it is happening now',
  modeRetrospective: 'No, it already happened',
  modeRetrospectiveHint:
    'A past incident is recorded for the metrics: no channel, no announcement.',
  impactStartedLabel: 'When did the impact start?',
  detectedLabel: 'When was it detected?',
  resolvedLabel: 'When did the impact end?',
  timesHint: 'Only for an incident that already happened.',
  securityLabel: 'Security or privacy',
  securityOption: 'This is a security or privacy event',
  securityHint:
    'Personal information, credentials or a breach may be involved.',
  descriptionLabel: 'What do you know so far?',
  required: 'Fill this in',
  entityMissing: 'Choose the affected service',
  impactStartedMissing: 'Say when the impact started',
  resolvedMissing: 'Say when the impact ended',
  declared: (number, url, channel) =>
    `*${number}* is declared. <${url}|Open it in Backstage>${
      channel ? `; its channel *#${channel}* is being set up` : ''
    }.`,
  declaredTitle: 'Incident declared',
  close: 'Close',
  notAllowed:
    'Your Slack account is not linked to a user in the Backstage catalog, and this installation lets only catalog users do this.',
  failed: message => `That did not work: ${message}`,
  severity: severity => ({
    name: severity.name,
    description: severity.description,
  }),
};

const fr: SlackTexts = {
  help: command =>
    [
      `*${command} <ce qui ne va pas>* déclare un incident : un formulaire s'ouvre avec le titre rempli ; choisissez le service touché et la gravité.`,
      `*${command} aide* affiche ce message.`,
      "Tout ce qui concerne l'incident se trouve ensuite dans Backstage et dans son propre canal.",
    ].join('\n'),
  declareTitle: 'Déclarer un incident',
  declareSubmit: 'Déclarer',
  cancel: 'Annuler',
  titleLabel: "Qu'est-ce qui ne fonctionne pas?",
  titlePlaceholder: 'Le paiement par carte renvoie une erreur 502',
  entityLabel: 'Service touché',
  entityPlaceholder: 'Chercher dans le catalogue',
  entityHint:
    'Le service, le système, l’API ou la ressource touchés; leurs responsables sont mis au courant.',
  severityLabel: 'Gravité',
  modeLabel: 'Est-ce en cours?',
  modeLive: "Oui, c'est en cours",
  modeRetrospective: "Non, c'est déjà arrivé",
  modeRetrospectiveHint:
    'Un incident passé est consigné pour les indicateurs : pas de canal, pas d’annonce.',
  impactStartedLabel: "Quand l'impact a-t-il commencé?",
  detectedLabel: "Quand l'a-t-on détecté?",
  resolvedLabel: "Quand l'impact a-t-il pris fin?",
  timesHint: 'Seulement pour un incident déjà arrivé.',
  securityLabel: 'Sécurité ou confidentialité',
  securityOption: "Il s'agit d'un événement de sécurité ou de confidentialité",
  securityHint:
    'Des renseignements personnels, des identifiants ou une atteinte pourraient être en cause.',
  descriptionLabel: 'Que sait-on pour l’instant?',
  required: 'Remplissez ce champ',
  entityMissing: 'Choisissez le service touché',
  impactStartedMissing: "Indiquez quand l'impact a commencé",
  resolvedMissing: "Indiquez quand l'impact a pris fin",
  declared: (number, url, channel) =>
    `*${number}* est déclaré. <${url}|L'ouvrir dans Backstage>${
      channel ? `; son canal *#${channel}* est en cours de création` : ''
    }.`,
  declaredTitle: 'Incident déclaré',
  close: 'Fermer',
  notAllowed:
    "Votre compte Slack n'est lié à aucun utilisateur du catalogue Backstage, et cette installation ne le permet qu'aux utilisateurs du catalogue.",
  failed: message => `Cela n'a pas fonctionné : ${message}`,
  severity: severity =>
    isDefault(severity)
      ? DEFAULT_FRENCH_SEVERITIES[severity.id]
      : { name: severity.name, description: severity.description },
};

export const SLACK_TEXTS: Record<SlackLanguage, SlackTexts> = { en, fr };
