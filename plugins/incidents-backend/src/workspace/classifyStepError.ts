import { CustomErrorBase, isError } from '@backstage/errors';
import {
  WebAPIHTTPError,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebAPIRequestError,
} from '@slack/web-api';

/**
 * A step cannot succeed as things stand (bad token, missing scope, template not found):
 * retrying will not help until someone changes the configuration or the remote side.
 */
export class PermanentStepError extends CustomErrorBase {
  name = 'PermanentStepError' as const;
}

/** A worker lost the lease of the step it was running: it must stop and record nothing. */
export class LeaseLostError extends CustomErrorBase {
  name = 'LeaseLostError' as const;
}

export type ClassifiedError = {
  transient: boolean;
  /** A message for people: what went wrong and, for permanent errors, what to fix. */
  message: string;
  /** The remote side asked to wait this long (429 Retry-After). */
  retryAfterMs?: number;
};

/** Slack errors that say "try again later" rather than "this request is wrong". */
const TRANSIENT_SLACK_ERRORS = new Set([
  'ratelimited',
  'rate_limited',
  'request_timeout',
  'service_unavailable',
  'fatal_error',
  'internal_error',
  'team_added_to_org',
]);

const SLACK_HINTS: Record<string, string> = {
  invalid_auth: 'the bot token is not valid; check incidents.slack.botToken',
  not_authed: 'no bot token was sent; check incidents.slack.botToken',
  account_inactive:
    'the bot token belongs to a deleted user or an uninstalled app; reinstall the Slack app',
  token_revoked: 'the bot token was revoked; reinstall the Slack app',
  missing_scope: 'the Slack app lacks a scope (see the README for the list)',
  channel_not_found: 'the channel does not exist or the app cannot see it',
  not_in_channel: 'the app is not a member of the channel; invite it',
  is_archived: 'the channel is archived',
  restricted_action: 'a workspace setting stops the app from doing this',
};

type GaxiosLikeError = Error & {
  status?: number;
  code?: string | number;
  response?: {
    status?: number;
    data?: {
      error?:
        | string
        | {
            message?: string;
            status?: string;
            errors?: { reason?: string; message?: string }[];
          };
      error_description?: string;
    };
    headers?: Record<string, string> | { get?(name: string): string | null };
  };
  config?: { url?: string | URL };
};

/** How gaxios (the Google clients' HTTP library) marks its errors, across copies and versions. */
const GAXIOS_ERROR_SYMBOL = Symbol.for('gaxios-gaxios-error');

function isGaxiosError(error: unknown): error is GaxiosLikeError {
  return (
    isError(error) &&
    (GAXIOS_ERROR_SYMBOL in error || error.constructor?.name === 'GaxiosError')
  );
}

function retryAfterHeader(error: GaxiosLikeError): number | undefined {
  const headers = error.response?.headers as any;
  const value =
    typeof headers?.get === 'function'
      ? headers.get('retry-after')
      : headers?.['retry-after'];
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}

function classifyGoogle(error: GaxiosLikeError): ClassifiedError {
  const status = error.response?.status ?? error.status;
  const data = error.response?.data;
  const url = String(error.config?.url ?? '');
  const isToken = url.endsWith('/token');
  const body = typeof data?.error === 'object' ? data.error : undefined;
  const reason = body?.errors?.[0]?.reason;
  const detail =
    body?.message ??
    (typeof data?.error === 'string'
      ? `${data.error}${
          data.error_description ? `: ${data.error_description}` : ''
        }`
      : error.message);
  if (status === undefined) {
    return {
      transient: true,
      message: `Google did not answer: ${error.message}`,
    };
  }
  const quota =
    status === 429 ||
    (status === 403 &&
      (reason === 'rateLimitExceeded' || reason === 'userRateLimitExceeded'));
  if (quota || status === 408 || status >= 500) {
    return {
      transient: true,
      message: `Google answered ${status}${
        reason ? ` (${reason})` : ''
      }: ${detail}`,
      retryAfterMs: retryAfterHeader(error),
    };
  }
  let hint = '';
  if (isToken || status === 401) {
    hint =
      '; check incidents.google.clientEmail and privateKey, and that domain-wide delegation grants the scopes in the README to the service account';
  } else if (status === 404) {
    hint =
      '; check incidents.google.postmortemTemplateId, incidentsFolderId and trackingSpreadsheetId, and that the service account (or subject) can open them';
  } else if (status === 403) {
    hint =
      '; the service account (or subject) lacks access, or an API is not enabled in the Google Cloud project';
  }
  return {
    transient: false,
    message: `Google refused the request (${status}${
      reason ? `, ${reason}` : ''
    }): ${detail}${hint}`,
  };
}

/**
 * Sorts an error into "try again later" (5xx, timeouts, lost connections, 429 with its
 * Retry-After) and "will not work until something changes" (bad credentials, missing
 * scope, unknown template), with a message saying which and why.
 */
export function classifyStepError(error: unknown): ClassifiedError {
  if (error instanceof PermanentStepError) {
    return { transient: false, message: error.message };
  }
  if (error instanceof WebAPIRateLimitedError) {
    return {
      transient: true,
      message: `Slack rate limit: asked to wait ${error.retryAfter} s`,
      retryAfterMs: error.retryAfter * 1000,
    };
  }
  if (error instanceof WebAPIRequestError) {
    return {
      transient: true,
      message: `Slack did not answer: ${
        error.original?.message ?? error.message
      }`,
    };
  }
  if (error instanceof WebAPIHTTPError) {
    const transient = error.statusCode >= 500 || error.statusCode === 408;
    return {
      transient,
      message: `Slack answered HTTP ${error.statusCode}${
        transient
          ? ''
          : '; Slack only answers 200 or 429, so check incidents.slack.apiUrl and any proxy'
      }`,
    };
  }
  if (error instanceof WebAPIPlatformError) {
    const code = error.data.error;
    if (TRANSIENT_SLACK_ERRORS.has(code)) {
      return { transient: true, message: `Slack error ${code}` };
    }
    const needed = (error.data as { needed?: string }).needed;
    const hint = SLACK_HINTS[code];
    return {
      transient: false,
      message: `Slack refused the request: ${code}${
        needed ? ` (needs scope ${needed})` : ''
      }${hint ? `; ${hint}` : ''}`,
    };
  }
  if (isGaxiosError(error)) {
    return classifyGoogle(error);
  }
  if (isError(error) && error.name === 'ServiceUnavailableError') {
    return { transient: true, message: error.message };
  }
  // Anything else (the catalog not answering, a bug) is retried up to the attempt limit.
  return {
    transient: true,
    message: isError(error) ? error.message : String(error),
  };
}
