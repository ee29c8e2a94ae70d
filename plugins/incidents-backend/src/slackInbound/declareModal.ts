import {
  DeclareIncidentRequest,
  INCIDENT_LIMITS,
  SeverityDefinition,
} from '@incident-response/backstage-plugin-incidents-common';
import type { ModalView, PlainTextOption, View } from '@slack/types';
import { SlackTexts } from './slackTexts';

/** The declare modal's `callback_id`, by which its submissions are recognised. */
export const DECLARE_CALLBACK_ID = 'incident-declare';

/** Slack's limits: option texts and values, and a modal's title. */
const OPTION_TEXT_MAX = 75;
const OPTION_VALUE_MAX = 75;

/** The form's fields: each block's `block_id` and its element's `action_id`. */
export const DECLARE_FIELDS = [
  'title',
  'entity',
  'severity',
  'mode',
  'impactStartedAt',
  'detectedAt',
  'resolvedAt',
  'security',
  'description',
] as const;

export type DeclareField = (typeof DECLARE_FIELDS)[number];

/** A plain text object, cut to what Slack allows in options and titles. */
export const plainText = (text: string) => ({
  type: 'plain_text' as const,
  text:
    text.length > OPTION_TEXT_MAX
      ? `${text.slice(0, OPTION_TEXT_MAX - 1)}…`
      : text,
});

/** What the modal keeps between opening and submitting. */
export type DeclareModalMetadata = { language: 'en' | 'fr' };

/**
 * The declare modal: what is wrong (prefilled with the command's text), the affected
 * entity searched in the catalog as one types, the severity with its description (left
 * empty when nobody knows yet: it is then to be assessed), live or already happened
 * (then when), security, and what is known so far.
 */
export function declareModal(options: {
  texts: SlackTexts;
  severities: SeverityDefinition[];
  title: string;
  metadata: DeclareModalMetadata;
}): View {
  const { texts } = options;
  const live = {
    text: plainText(texts.modeLive),
    value: 'live',
  } as PlainTextOption;
  const dateTime = (field: DeclareField, label: string) => ({
    type: 'input',
    block_id: field,
    optional: true,
    label: plainText(label),
    hint: plainText(texts.timesHint),
    element: { type: 'datetimepicker', action_id: field },
  });
  const view: ModalView = {
    type: 'modal',
    callback_id: DECLARE_CALLBACK_ID,
    title: plainText(texts.declareTitle),
    submit: plainText(texts.declareSubmit),
    close: plainText(texts.cancel),
    private_metadata: JSON.stringify(options.metadata),
    blocks: [
      {
        type: 'input',
        block_id: 'title',
        label: plainText(texts.titleLabel),
        element: {
          type: 'plain_text_input',
          action_id: 'title',
          max_length: INCIDENT_LIMITS.titleMaxLength,
          placeholder: plainText(texts.titlePlaceholder),
          ...(options.title && {
            initial_value: options.title.slice(
              0,
              INCIDENT_LIMITS.titleMaxLength,
            ),
          }),
        },
      },
      {
        type: 'input',
        block_id: 'entity',
        label: plainText(texts.entityLabel),
        hint: plainText(texts.entityHint),
        element: {
          type: 'external_select',
          action_id: 'entity',
          min_query_length: 1,
          placeholder: plainText(texts.entityPlaceholder),
        },
      },
      {
        type: 'input',
        block_id: 'severity',
        optional: true,
        label: plainText(texts.severityLabel),
        hint: plainText(texts.severityHint),
        element: {
          type: 'static_select',
          action_id: 'severity',
          options: options.severities.map(severity => {
            const { name, description } = texts.severity(severity);
            return {
              text: plainText(name),
              value: severity.id,
              ...(description && { description: plainText(description) }),
            };
          }),
        },
      },
      {
        type: 'input',
        block_id: 'mode',
        label: plainText(texts.modeLabel),
        element: {
          type: 'radio_buttons',
          action_id: 'mode',
          initial_option: live,
          options: [
            live,
            {
              text: plainText(texts.modeRetrospective),
              value: 'retrospective',
              description: plainText(texts.modeRetrospectiveHint),
            },
          ],
        },
      },
      dateTime('impactStartedAt', texts.impactStartedLabel),
      dateTime('detectedAt', texts.detectedLabel),
      dateTime('resolvedAt', texts.resolvedLabel),
      {
        type: 'input',
        block_id: 'security',
        optional: true,
        label: plainText(texts.securityLabel),
        element: {
          type: 'checkboxes',
          action_id: 'security',
          options: [
            {
              text: plainText(texts.securityOption),
              value: 'security',
              description: plainText(texts.securityHint),
            },
          ],
        },
      },
      {
        type: 'input',
        block_id: 'description',
        optional: true,
        label: plainText(texts.descriptionLabel),
        element: {
          type: 'plain_text_input',
          action_id: 'description',
          multiline: true,
          max_length: 3000,
        },
      },
    ] as ModalView['blocks'],
  };
  return view;
}

/** The modal that replaces the form once the incident is declared. */
export function declaredModal(texts: SlackTexts, message: string): View {
  return {
    type: 'modal',
    title: plainText(texts.declaredTitle),
    close: plainText(texts.close),
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: message } }],
  };
}

/**
 * The value of an entity in the picker: its ref, or, when the ref is longer than Slack
 * allows an option's value, `uid:` and its uid.
 */
export function entityOptionValue(entity: {
  ref: string;
  uid?: string;
}): string {
  return entity.ref.length <= OPTION_VALUE_MAX || !entity.uid
    ? entity.ref
    : `uid:${entity.uid}`;
}

type StateValue = {
  value?: string | null;
  selected_option?: { value: string } | null;
  selected_options?: { value: string }[];
  selected_date_time?: number | null;
};

export type DeclareSubmission =
  | {
      request: Omit<DeclareIncidentRequest, 'entityRefs'>;
      /** The entity picker's value: a ref, or `uid:<uid>`. */
      entity: string;
    }
  | { errors: Partial<Record<DeclareField, string>> };

/**
 * Reads a submitted declare form (`view.state.values`). Missing answers come back as
 * errors on their fields, in the user's language, for `response_action: errors`.
 */
export function readDeclareSubmission(
  values: Record<string, Record<string, StateValue>>,
  texts: SlackTexts,
): DeclareSubmission {
  const field = (name: DeclareField) => values[name]?.[name] ?? {};
  const time = (name: DeclareField) => {
    const seconds = field(name).selected_date_time;
    return typeof seconds === 'number'
      ? new Date(seconds * 1000).toISOString()
      : undefined;
  };
  const title = field('title').value?.trim() ?? '';
  const entity = field('entity').selected_option?.value;
  const severity = field('severity').selected_option?.value;
  const mode =
    field('mode').selected_option?.value === 'retrospective'
      ? 'retrospective'
      : 'live';
  const impactStartedAt = time('impactStartedAt');
  const resolvedAt = time('resolvedAt');
  const errors: Partial<Record<DeclareField, string>> = {
    ...(!title && { title: texts.required }),
    ...(!entity && { entity: texts.entityMissing }),
    ...(mode === 'retrospective' &&
      !impactStartedAt && { impactStartedAt: texts.impactStartedMissing }),
    ...(mode === 'retrospective' &&
      !resolvedAt && { resolvedAt: texts.resolvedMissing }),
  };
  if (Object.keys(errors).length > 0 || !entity) {
    return { errors };
  }
  const description = field('description').value?.trim();
  return {
    entity,
    request: {
      title,
      ...(severity && { severity }),
      mode,
      security: (field('security').selected_options ?? []).some(
        option => option.value === 'security',
      ),
      ...(description && { description }),
      ...(mode === 'retrospective'
        ? {
            impactStartedAt,
            detectedAt: time('detectedAt'),
            resolvedAt,
          }
        : {}),
    },
  };
}
