import { Config } from '@backstage/config';
import {
  INCIDENT_ROLE_NAMES,
  IncidentMode,
  IncidentRole,
  isOneOf,
  SeverityDefinition,
} from '@incident-response/backstage-plugin-incidents-common';
import {
  FRENCH_ROLE_NAMES,
  frenchDay,
  frenchSeverity,
} from '../lib/text/frenchNames';

/** The languages notifications can be written in (`incidents.notifications.language`). */
export const NOTIFICATION_LANGUAGES = ['en', 'fr'] as const;

export type NotificationLanguage = (typeof NOTIFICATION_LANGUAGES)[number];

/**
 * `incidents.notifications.language`; undefined when it is not set, and the
 * notifications are then written in English and French together.
 */
export function readNotificationLanguage(
  config: Config,
): NotificationLanguage | undefined {
  const key = 'incidents.notifications.language';
  const language = config.getOptionalString(key);
  if (language === undefined) {
    return undefined;
  }
  if (!isOneOf(NOTIFICATION_LANGUAGES, language)) {
    throw new Error(
      `${key}: '${language}' is not one of ${NOTIFICATION_LANGUAGES.join(
        ', ',
      )}`,
    );
  }
  return language;
}

type Text = { title: string; description: string };

/**
 * What a notification says in one language. `subject` is what people wrote (an
 * incident's or an action item's title), in no language of ours: it follows the title,
 * once, whatever the languages.
 */
type Phrase = { title: string; subject?: string; description: string };

type IncidentFacts = { number: string; title: string };

/** What an incident notification says of the incident. */
export type IncidentNoticeFacts = IncidentFacts & {
  /**
   * Its severity as configured (a severity no longer configured: its id as name); null
   * while it is to be assessed.
   */
  severity: SeverityDefinition | null;
  entityRefs: string[];
  security: boolean;
  drill: boolean;
};

export type RoleAssignedFacts = {
  role: IncidentRole;
  fromRef: string | null;
  note: string | null;
  /** Who assigned it, when known. */
  byRef?: string;
};

type ActionItemFacts = {
  title: string;
  incidentNumber: string;
  ownerRef: string;
  dueOn: string;
};

/** Every notification of the plugin, in one language. */
type Phrasebook = {
  postmortemDue(incident: IncidentFacts): Phrase;
  reviewRequested(incident: IncidentFacts): Phrase;
  approved(incident: IncidentFacts): Phrase;
  sentBack(incident: IncidentFacts, comment: string): Phrase;
  actionItemDueSoon(item: ActionItemFacts): Phrase;
  actionItemOverdue(item: ActionItemFacts): Phrase;
  incidentDeclared(
    incident: IncidentNoticeFacts,
    declarerRef: string,
    mode: IncidentMode,
  ): Phrase;
  roleAssigned(
    incident: IncidentNoticeFacts,
    change: RoleAssignedFacts,
  ): Phrase;
  incidentResolved(incident: IncidentNoticeFacts, byRef?: string): Phrase;
};

/**
 * What each notification says. Backstage notifications are stored as text, not as
 * message keys, and Backstage's backend does not know a reader's language, so they are
 * written in the organisation's language from config, or in English and French.
 */
export type NotificationTexts = {
  [K in keyof Phrasebook]: (...args: Parameters<Phrasebook[K]>) => Text;
};

const team = (ownerRef: string) => ownerRef.replace(/^group:default\//, '');

/** An entity's name as people say it: `alice` for `user:default/alice`. */
const nameOf = (ref: string) => ref.replace(/^[a-z]+:default\//i, '');

const names = (refs: string[]) => refs.map(nameOf).join(', ');

const lowerFirst = (text: string) =>
  text.charAt(0).toLocaleLowerCase() + text.slice(1);

const en: Phrasebook = {
  postmortemDue: incident => ({
    title: `The postmortem of ${incident.number} is due`,
    description: `${incident.number} (${incident.title}) is resolved. As its postmortem owner, write its postmortem and submit it for review.`,
  }),
  reviewRequested: incident => ({
    title: `The postmortem of ${incident.number} is ready for review`,
    description: `${incident.title}. Read it, then approve it or send it back to draft with a comment.`,
  }),
  approved: incident => ({
    title: `The postmortem of ${incident.number} is approved`,
    description: `${incident.title}. Its action items now need to get done by their due dates.`,
  }),
  sentBack: (incident, comment) => ({
    title: `The postmortem of ${incident.number} is back in draft`,
    description: `${incident.title}. Reviewer's comment: ${comment}`,
  }),
  actionItemDueSoon: item => ({
    title: `Action item due on ${item.dueOn}`,
    subject: item.title,
    description: `From the postmortem of ${
      item.incidentNumber
    }, owned by ${team(
      item.ownerRef,
    )}. Finish it, or change its due date or status.`,
  }),
  actionItemOverdue: item => ({
    title: `Action item overdue since ${item.dueOn}`,
    subject: item.title,
    description: `From the postmortem of ${
      item.incidentNumber
    }, owned by ${team(
      item.ownerRef,
    )}. Finish it, or change its due date or status.`,
  }),
  incidentDeclared: (incident, declarerRef, mode) => {
    const drill = incident.drill ? '[Drill] ' : '';
    const kind = incident.security ? 'Security incident' : 'Incident';
    const severityName = incident.severity?.name;
    const what =
      mode === 'retrospective'
        ? `${
            severityName
              ? `A past ${severityName} incident`
              : 'A past incident (severity to be assessed)'
          }, already resolved, affecting ${names(
            incident.entityRefs,
          )}, recorded by ${nameOf(
            declarerRef,
          )}. Open it to read what happened.`
        : `${
            severityName
              ? `A ${severityName} incident`
              : 'An incident (severity to be assessed)'
          } affecting ${names(incident.entityRefs)}, declared by ${nameOf(
            declarerRef,
          )}. Open it to follow or join the response.`;
    return {
      title: `${drill}${kind} ${incident.number} ${
        mode === 'retrospective' ? 'recorded' : 'declared'
      } (${incident.severity?.id ?? 'severity to be assessed'})`,
      subject: incident.title,
      description: [
        what,
        incident.drill && 'This is a drill.',
        incident.security &&
          'Its details are restricted to its responders, the teams that own what it affects and the security responders: keep them there.',
      ]
        .filter(Boolean)
        .join(' '),
    };
  },
  roleAssigned: (incident, change) => {
    const role = lowerFirst(INCIDENT_ROLE_NAMES[change.role]);
    return {
      title: `${incident.drill ? '[Drill] ' : ''}You are now ${role} of ${
        incident.number
      }`,
      subject: incident.title,
      description: [
        `${
          change.byRef
            ? `${nameOf(change.byRef)} assigned you this role`
            : 'This role was assigned to you'
        }${
          change.fromRef ? `, taking over from ${nameOf(change.fromRef)}` : ''
        }.`,
        change.role === 'incident-commander' &&
          'You also hold every role not yet delegated.',
        change.note && `Handoff note: ${change.note}`,
        incident.drill && 'This is a drill.',
        incident.security &&
          'This is a security incident: keep its details with its responders.',
      ]
        .filter(Boolean)
        .join(' '),
    };
  },
  incidentResolved: (incident, byRef) => ({
    title: `${incident.drill ? '[Drill] ' : ''}Incident ${
      incident.number
    } resolved`,
    subject: incident.title,
    description: `${
      byRef ? `${nameOf(byRef)} marked` : 'Someone marked'
    } the incident you declared as resolved.${
      incident.drill ? ' This was a drill.' : ''
    }`,
  }),
};

const fr: Phrasebook = {
  postmortemDue: incident => ({
    title: `Le post-mortem de ${incident.number} est à rédiger`,
    description: `${incident.number} (${incident.title}) est résolu. En tant que responsable du post-mortem, rédigez-le et soumettez-le à la revue.`,
  }),
  reviewRequested: incident => ({
    title: `Le post-mortem de ${incident.number} est prêt pour la revue`,
    description: `${incident.title}. Lisez-le, puis approuvez-le ou renvoyez-le en brouillon avec un commentaire.`,
  }),
  approved: incident => ({
    title: `Le post-mortem de ${incident.number} est approuvé`,
    description: `${incident.title}. Ses actions doivent maintenant être terminées à leur échéance.`,
  }),
  sentBack: (incident, comment) => ({
    title: `Le post-mortem de ${incident.number} est renvoyé en brouillon`,
    description: `${incident.title}. Commentaire de la revue\u00a0: ${comment}`,
  }),
  actionItemDueSoon: item => ({
    title: `Action à terminer d'ici le ${frenchDay(item.dueOn)}`,
    subject: item.title,
    description: `Issue du post-mortem de ${
      item.incidentNumber
    }, confiée à ${team(
      item.ownerRef,
    )}. Terminez-la, ou changez son échéance ou son statut.`,
  }),
  actionItemOverdue: item => ({
    title: `Action en retard depuis le ${frenchDay(item.dueOn)}`,
    subject: item.title,
    description: `Issue du post-mortem de ${
      item.incidentNumber
    }, confiée à ${team(
      item.ownerRef,
    )}. Terminez-la, ou changez son échéance ou son statut.`,
  }),
  incidentDeclared: (incident, declarerRef, mode) => {
    const drill = incident.drill ? '[Exercice] ' : '';
    const kind = incident.security ? 'Incident de sécurité' : 'Incident';
    const severity = incident.severity
      ? ` ${frenchSeverity(incident.severity).name}`
      : '';
    const toAssess = incident.severity ? '' : ' (gravité à évaluer)';
    const what =
      mode === 'retrospective'
        ? `Un incident${severity} passé${toAssess}, déjà résolu, touchant ${names(
            incident.entityRefs,
          )}, enregistré par ${nameOf(
            declarerRef,
          )}. Ouvrez-le pour lire ce qui s'est passé.`
        : `Un incident${severity}${toAssess} touchant ${names(
            incident.entityRefs,
          )}, déclaré par ${nameOf(
            declarerRef,
          )}. Ouvrez-le pour suivre ou rejoindre l'intervention.`;
    return {
      title: `${drill}${kind} ${incident.number} ${
        mode === 'retrospective' ? 'enregistré' : 'déclaré'
      } (${incident.severity?.id ?? 'gravité à évaluer'})`,
      subject: incident.title,
      description: [
        what,
        incident.drill && "Il s'agit d'un exercice.",
        incident.security &&
          "Ses détails sont réservés à ses intervenants, aux équipes propriétaires de ce qu'il touche et aux intervenants sécurité\u00a0: gardez-les entre eux.",
      ]
        .filter(Boolean)
        .join(' '),
    };
  },
  roleAssigned: (incident, change) => {
    const role = lowerFirst(FRENCH_ROLE_NAMES[change.role]);
    return {
      title: `${
        incident.drill ? '[Exercice] ' : ''
      }Vous êtes maintenant ${role} de ${incident.number}`,
      subject: incident.title,
      description: [
        `${
          change.byRef
            ? `${nameOf(change.byRef)} vous a confié ce rôle`
            : 'Ce rôle vous a été confié'
        }${change.fromRef ? `, à la suite de ${nameOf(change.fromRef)}` : ''}.`,
        change.role === 'incident-commander' &&
          'Vous tenez aussi tous les rôles qui ne sont pas encore délégués.',
        change.note && `Note de passation\u00a0: ${change.note}`,
        incident.drill && "Il s'agit d'un exercice.",
        incident.security &&
          "C'est un incident de sécurité\u00a0: gardez-en les détails entre intervenants.",
      ]
        .filter(Boolean)
        .join(' '),
    };
  },
  incidentResolved: (incident, byRef) => ({
    title: `${incident.drill ? '[Exercice] ' : ''}Incident ${
      incident.number
    } résolu`,
    subject: incident.title,
    description: `${
      byRef ? nameOf(byRef) : "Quelqu'un"
    } a marqué comme résolu l'incident que vous avez déclaré.${
      incident.drill ? " Il s'agissait d'un exercice." : ''
    }`,
  }),
};

const PHRASEBOOKS: Record<
  NotificationLanguage,
  { phrases: Phrasebook; colon: string }
> = {
  en: { phrases: en, colon: ': ' },
  // French typography: a non-breaking space before the colon.
  fr: { phrases: fr, colon: '\u00a0: ' },
};

/**
 * The texts in these languages: one language as written; English and French as
 * `English / Français: subject`, then the English description and the French one.
 */
function render(languages: NotificationLanguage[]): NotificationTexts {
  const texts: Record<string, (...args: unknown[]) => Text> = {};
  for (const key of Object.keys(en) as Array<keyof Phrasebook>) {
    texts[key] = (...args) => {
      const phrases = languages.map(language =>
        (PHRASEBOOKS[language].phrases[key] as (...a: unknown[]) => Phrase)(
          ...args,
        ),
      );
      const { subject } = phrases[0];
      const colon =
        languages.length === 1 ? PHRASEBOOKS[languages[0]].colon : ': ';
      const title = phrases.map(phrase => phrase.title).join(' / ');
      return {
        title: subject ? `${title}${colon}${subject}` : title,
        description: phrases.map(phrase => phrase.description).join('\n\n'),
      };
    };
  }
  return texts as NotificationTexts;
}

export const NOTIFICATION_TEXTS: Record<
  NotificationLanguage,
  NotificationTexts
> = { en: render(['en']), fr: render(['fr']) };

/** English and French together, for when no language is configured. */
export const BILINGUAL_NOTIFICATION_TEXTS: NotificationTexts = render([
  'en',
  'fr',
]);

/** The texts in `language`, or in English and French when it is not configured. */
export function notificationTexts(
  language: NotificationLanguage | undefined,
): NotificationTexts {
  return language ? NOTIFICATION_TEXTS[language] : BILINGUAL_NOTIFICATION_TEXTS;
}
