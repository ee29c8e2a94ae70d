import {
  INCIDENT_ROLE_NAMES,
  INCIDENT_STATUS_NAMES,
  IncidentRole,
  IncidentStatus,
  SeverityDefinition,
  UserTimelineEntryKind,
} from '@incident-response/backstage-plugin-incidents-common';
import {
  FRENCH_ROLE_NAMES,
  FRENCH_STATUS_NAMES,
  frenchSeverity,
} from '../lib/text/frenchNames';

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
  /** Leaving the severity empty is fine: it is then to be assessed. */
  severityHint: string;
  /** Where a severity is expected but not assessed yet (a status update's heading). */
  severityToBeAssessed: string;
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
  channelHelp(command: string, number: string): string;
  unknownSubcommand(word: string): string;
  notAllowedToChange(number: string): string;
  needText(command: string, subcommand: string): string;
  needOneOf(what: string, choices: string[]): string;
  roleUsage(command: string): string;
  roleMentionUnknown: string;
  summarySet(number: string): string;
  impactSet(number: string): string;
  severitySet(number: string, severity: string): string;
  statusSet(number: string, status: IncidentStatus): string;
  roleSet(role: IncidentRole, userRef: string): string;
  entryAdded(kind: UserTimelineEntryKind): string;
  links(links: { page: string; meet?: string; doc?: string }): string;
  statusName(status: IncidentStatus): string;
  roleName(role: IncidentRole): string;
  /** Why a pin or the timeline reaction put nothing on the timeline. */
  notAllowedToSave(number: string): string;
  /** The entry of a pinned or marked message with no text of its own (a file, blocks). */
  messageWithoutText: string;
  /** The correction entry when a message is unpinned or its reaction removed. */
  takenOff(savedWith: 'pin' | 'reaction'): string;
  statusUpdate: {
    title: string;
    submit: string;
    summaryLabel: string;
    currentStatusLabel: string;
    nextStepsLabel: string;
    nextUpdateLabel: string;
    bulletsHint: string;
    checklist: string;
    currentStatusHeading: string;
    nextStepsHeading: string;
    nextUpdateHeading: string;
    posted(number: string): string;
  };
};

/** The words after the command in an incident's channel, in the order help lists them. */
export const CHANNEL_SUBCOMMANDS = [
  'summary',
  'impact',
  'severity',
  'status',
  'role',
  'note',
  'decision',
  'action',
  'update',
  'link',
  'help',
] as const;

export type ChannelSubcommand = (typeof CHANNEL_SUBCOMMANDS)[number];

const en: SlackTexts = {
  help: command =>
    [
      `*${command} <what is wrong>* declares an incident: a form opens with the title filled in; choose the affected service, and the severity if you know it.`,
      `*${command} help* shows this; in an incident's channel, it lists what you can do there.`,
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
  severityHint:
    'Not sure yet? Leave it empty: it is to be assessed, and the channel reminds responders until someone sets it.',
  severityToBeAssessed: 'Severity to be assessed',
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
  channelHelp: (command, number) =>
    [
      `In this channel, *${command}* works on *${number}*:`,
      `• \`${command} summary <text>\`, \`${command} impact <text>\`: what happened, and its impact`,
      `• \`${command} severity <SEV1|SEV2|...>\``,
      `• \`${command} status <mitigated|resolved|closed|active>\``,
      `• \`${command} role <role> @someone\`: incident-commander, operations-lead, communications-lead, policy-lead, postmortem-owner, scribe`,
      `• \`${command} note <text>\`, \`decision <text>\`, \`action <text>\`: add to the timeline`,
      `• \`${command} update\`: write a status update with the handbook's pattern`,
      `• \`${command} link\`: the incident page, the Meet and the document`,
    ].join('\n'),
  unknownSubcommand: word => `\`${word}\` is not something I know.`,
  notAllowedToChange: number =>
    `Only the people holding a role on ${number} and the members of the teams that own what it affects can change it from Slack.`,
  needText: (command, subcommand) =>
    `Say what, for example \`${command} ${subcommand} Card payments fail since 14:05\`.`,
  needOneOf: (what, choices) => `Say which ${what}: ${choices.join(', ')}.`,
  roleUsage: command =>
    `Say which role and who, for example \`${command} role scribe @alice\`.`,
  roleMentionUnknown:
    'I could not find that person in the Backstage catalog; mention them with @.',
  summarySet: number => `The summary of ${number} is updated.`,
  impactSet: number => `The impact of ${number} is updated.`,
  severitySet: (number, severity) => `${number} is now ${severity}.`,
  statusSet: (number, status) =>
    `${number} is now ${INCIDENT_STATUS_NAMES[status].toLowerCase()}.`,
  roleSet: (role, userRef) =>
    `${userRef.replace(/^user:(default\/)?/, '')} is now ${INCIDENT_ROLE_NAMES[
      role
    ].toLowerCase()}.`,
  entryAdded: kind =>
    ({
      note: 'Added the note to the timeline.',
      decision: 'Added the decision to the timeline.',
      action: 'Added the action to the timeline.',
      'status-update': 'Added the status update to the timeline.',
    }[kind]),
  links: ({ page, meet, doc }) =>
    [
      `• <${page}|The incident in Backstage>`,
      ...(meet ? [`• <${meet}|Google Meet>`] : []),
      ...(doc ? [`• <${doc}|The postmortem document>`] : []),
    ].join('\n'),
  statusName: status => INCIDENT_STATUS_NAMES[status],
  roleName: role => INCIDENT_ROLE_NAMES[role],
  notAllowedToSave: number =>
    `Only the people holding a role on ${number} and the members of the teams that own what it affects can put messages on its timeline from Slack: this one is not on it.`,
  messageWithoutText: '_A Slack message without text; see it in Slack._',
  takenOff: savedWith =>
    savedWith === 'pin'
      ? 'Unpinned in Slack: this message is no longer on the timeline.'
      : 'Its reaction was removed in Slack: this message is no longer on the timeline.',
  statusUpdate: {
    title: 'Status update',
    submit: 'Add',
    summaryLabel: 'Summary of the current state and impact',
    currentStatusLabel: 'Current status',
    nextStepsLabel: 'Next steps',
    nextUpdateLabel: 'When and where will the next update be?',
    bulletsHint: '2-4 points, one per line',
    checklist:
      'Before sending: have we described the actual impact on customers? How many internal and external customers are affected? If the root cause is known, what is it? If there is an ETA for restoration, what is it? When and where will the next update be? Say what you do not know.',
    currentStatusHeading: 'Current status',
    nextStepsHeading: 'Next steps',
    nextUpdateHeading: 'Next update:',
    posted: number => `The status update is on the timeline of ${number}.`,
  },
};

const fr: SlackTexts = {
  help: command =>
    [
      `*${command} <ce qui ne va pas>* déclare un incident\u00a0: un formulaire s'ouvre avec le titre rempli\u00a0; choisissez le service touché, et la gravité si vous la connaissez.`,
      `*${command} aide* affiche ce message\u00a0; dans le canal d'un incident, ce que vous pouvez y faire.`,
      "Tout ce qui concerne l'incident se trouve ensuite dans Backstage et dans son propre canal.",
    ].join('\n'),
  declareTitle: 'Déclarer un incident',
  declareSubmit: 'Déclarer',
  cancel: 'Annuler',
  titleLabel: "Qu'est-ce qui ne fonctionne pas\u00a0?",
  titlePlaceholder: 'Le paiement par carte renvoie une erreur 502',
  entityLabel: 'Service touché',
  entityPlaceholder: 'Chercher dans le catalogue',
  entityHint:
    'Le service, le système, l’API ou la ressource touchés\u00a0; leurs responsables sont mis au courant.',
  severityLabel: 'Gravité',
  severityHint:
    'Pas encore sûr\u00a0? Laissez vide\u00a0: elle est à évaluer, et le canal le rappelle aux intervenants jusqu’à ce que quelqu’un la fixe.',
  severityToBeAssessed: 'Gravité à évaluer',
  modeLabel: 'Est-ce en cours\u00a0?',
  modeLive: "Oui, c'est en cours",
  modeRetrospective: "Non, c'est déjà arrivé",
  modeRetrospectiveHint:
    'Un incident passé est consigné pour les indicateurs\u00a0: pas de canal, pas d’annonce.',
  impactStartedLabel: "Quand l'impact a-t-il commencé\u00a0?",
  detectedLabel: "Quand l'a-t-on détecté\u00a0?",
  resolvedLabel: "Quand l'impact a-t-il pris fin\u00a0?",
  timesHint: 'Seulement pour un incident déjà arrivé.',
  securityLabel: 'Sécurité ou confidentialité',
  securityOption: "Il s'agit d'un événement de sécurité ou de confidentialité",
  securityHint:
    'Des renseignements personnels, des identifiants ou une atteinte pourraient être en cause.',
  descriptionLabel: 'Que sait-on pour l’instant\u00a0?',
  required: 'Remplissez ce champ',
  entityMissing: 'Choisissez le service touché',
  impactStartedMissing: "Indiquez quand l'impact a commencé",
  resolvedMissing: "Indiquez quand l'impact a pris fin",
  declared: (number, url, channel) =>
    `*${number}* est déclaré. <${url}|L'ouvrir dans Backstage>${
      channel ? `\u00a0; son canal *#${channel}* est en cours de création` : ''
    }.`,
  declaredTitle: 'Incident déclaré',
  close: 'Fermer',
  notAllowed:
    "Votre compte Slack n'est lié à aucun utilisateur du catalogue Backstage, et cette installation ne le permet qu'aux utilisateurs du catalogue.",
  failed: message => `Cela n'a pas fonctionné\u00a0: ${message}`,
  severity: frenchSeverity,
  channelHelp: (command, number) =>
    [
      `Dans ce canal, *${command}* agit sur *${number}*\u00a0:`,
      `• \`${command} summary <texte>\`, \`${command} impact <texte>\`\u00a0: ce qui s'est passé, et son impact`,
      `• \`${command} severity <SEV1|SEV2|...>\`\u00a0: la gravité`,
      `• \`${command} status <mitigated|resolved|closed|active>\`\u00a0: atténué, résolu, clos, actif`,
      `• \`${command} role <rôle> @quelqu'un\`\u00a0: incident-commander, operations-lead, communications-lead, policy-lead, postmortem-owner, scribe`,
      `• \`${command} note <texte>\`, \`decision <texte>\`, \`action <texte>\`\u00a0: ajouter à la chronologie`,
      `• \`${command} update\`\u00a0: rédiger un point de situation selon le modèle du guide`,
      `• \`${command} link\`\u00a0: la page de l'incident, le Meet et le document`,
    ].join('\n'),
  unknownSubcommand: word => `Je ne connais pas \`${word}\`.`,
  notAllowedToChange: number =>
    `Seules les personnes qui ont un rôle dans ${number} et les membres des équipes responsables de ce qu'il touche peuvent le modifier depuis Slack.`,
  needText: (command, subcommand) =>
    `Précisez, par exemple \`${command} ${subcommand} Les paiements par carte échouent depuis 14 h 05\`.`,
  needOneOf: (what, choices) =>
    `Précisez ${what}\u00a0: ${choices.join(', ')}.`,
  roleUsage: command =>
    `Précisez le rôle et la personne, par exemple \`${command} role scribe @alice\`.`,
  roleMentionUnknown:
    'Je ne trouve pas cette personne dans le catalogue Backstage\u00a0; mentionnez-la avec @.',
  summarySet: number => `Le résumé de ${number} est mis à jour.`,
  impactSet: number => `L'impact de ${number} est mis à jour.`,
  severitySet: (number, severity) => `${number} est maintenant ${severity}.`,
  statusSet: (number, status) =>
    `${number} est maintenant ${FRENCH_STATUS_NAMES[status].toLowerCase()}.`,
  roleSet: (role, userRef) =>
    `${userRef.replace(
      /^user:(default\/)?/,
      '',
    )} est maintenant ${FRENCH_ROLE_NAMES[role].toLowerCase()}.`,
  entryAdded: kind =>
    ({
      note: 'La note est ajoutée à la chronologie.',
      decision: 'La décision est ajoutée à la chronologie.',
      action: "L'action est ajoutée à la chronologie.",
      'status-update': 'Le point de situation est ajouté à la chronologie.',
    }[kind]),
  links: ({ page, meet, doc }) =>
    [
      `• <${page}|L'incident dans Backstage>`,
      ...(meet ? [`• <${meet}|Google Meet>`] : []),
      ...(doc ? [`• <${doc}|Le document d'analyse rétrospective>`] : []),
    ].join('\n'),
  statusName: status => FRENCH_STATUS_NAMES[status],
  roleName: role => FRENCH_ROLE_NAMES[role],
  notAllowedToSave: number =>
    `Seules les personnes qui ont un rôle dans ${number} et les membres des équipes responsables de ce qu'il touche peuvent ajouter des messages Slack à sa chronologie\u00a0: celui-ci n'y est pas.`,
  messageWithoutText:
    '_Un message Slack sans texte\u00a0; voyez-le dans Slack._',
  takenOff: savedWith =>
    savedWith === 'pin'
      ? "Désépinglé dans Slack\u00a0: ce message n'est plus dans la chronologie."
      : "Sa réaction a été retirée dans Slack\u00a0: ce message n'est plus dans la chronologie.",
  statusUpdate: {
    title: 'Point de situation',
    submit: 'Ajouter',
    summaryLabel: "Résumé de la situation et de l'impact",
    currentStatusLabel: 'Situation actuelle',
    nextStepsLabel: 'Prochaines étapes',
    nextUpdateLabel: 'Quand et où sera le prochain point\u00a0?',
    bulletsHint: '2 à 4 points, un par ligne',
    checklist:
      "Avant d'envoyer\u00a0: avons-nous décrit l'impact réel sur la clientèle\u00a0? Combien de clients internes et externes sont touchés\u00a0? Si la cause profonde est connue, quelle est-elle\u00a0? S'il y a une heure prévue de rétablissement, laquelle\u00a0? Quand et où sera le prochain point\u00a0? Dites ce que vous ne savez pas.",
    currentStatusHeading: 'Situation actuelle',
    nextStepsHeading: 'Prochaines étapes',
    nextUpdateHeading: 'Prochain point\u00a0:',
    posted: number =>
      `Le point de situation est dans la chronologie de ${number}.`,
  },
};

export const SLACK_TEXTS: Record<SlackLanguage, SlackTexts> = { en, fr };
