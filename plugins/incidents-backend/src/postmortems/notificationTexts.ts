/** The languages notifications can be written in (`incidents.notifications.language`). */
export const NOTIFICATION_LANGUAGES = ['en', 'fr'] as const;

export type NotificationLanguage = (typeof NOTIFICATION_LANGUAGES)[number];

type Text = { title: string; description: string };

type IncidentFacts = { number: string; title: string };

type ActionItemFacts = {
  title: string;
  incidentNumber: string;
  ownerRef: string;
  dueOn: string;
};

/**
 * What each notification says. Backstage notifications are stored as text, not as
 * message keys, so they are written in the organisation's language, read from config.
 */
export type NotificationTexts = {
  postmortemDue(incident: IncidentFacts): Text;
  reviewRequested(incident: IncidentFacts): Text;
  approved(incident: IncidentFacts): Text;
  sentBack(incident: IncidentFacts, comment: string): Text;
  actionItemDueSoon(item: ActionItemFacts): Text;
  actionItemOverdue(item: ActionItemFacts): Text;
};

const team = (ownerRef: string) => ownerRef.replace(/^group:default\//, '');

const en: NotificationTexts = {
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
    title: `Action item due on ${item.dueOn}: ${item.title}`,
    description: `From the postmortem of ${
      item.incidentNumber
    }, owned by ${team(
      item.ownerRef,
    )}. Finish it, or change its due date or status.`,
  }),
  actionItemOverdue: item => ({
    title: `Action item overdue since ${item.dueOn}: ${item.title}`,
    description: `From the postmortem of ${
      item.incidentNumber
    }, owned by ${team(
      item.ownerRef,
    )}. Finish it, or change its due date or status.`,
  }),
};

const fr: NotificationTexts = {
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
    description: `${incident.title}. Commentaire de la revue : ${comment}`,
  }),
  actionItemDueSoon: item => ({
    title: `Action à terminer d'ici le ${item.dueOn} : ${item.title}`,
    description: `Issue du post-mortem de ${
      item.incidentNumber
    }, confiée à ${team(
      item.ownerRef,
    )}. Terminez-la, ou changez son échéance ou son statut.`,
  }),
  actionItemOverdue: item => ({
    title: `Action en retard depuis le ${item.dueOn} : ${item.title}`,
    description: `Issue du post-mortem de ${
      item.incidentNumber
    }, confiée à ${team(
      item.ownerRef,
    )}. Terminez-la, ou changez son échéance ou son statut.`,
  }),
};

export const NOTIFICATION_TEXTS: Record<
  NotificationLanguage,
  NotificationTexts
> = { en, fr };
