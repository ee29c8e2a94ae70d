import { Config } from '@backstage/config';
import { readUrl } from '../../lib/config';

export const DEFAULT_GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';
export const DEFAULT_TRACKING_RANGE = 'Sheet1!A:J';

export type GoogleSettings = {
  clientEmail: string;
  privateKey: string;
  /** The Workspace user the service account acts as (domain-wide delegation). */
  subject?: string;
  /** Replaces every Google API's own root URL (tests point it at a fake). */
  rootUrl?: string;
  tokenUrl: string;
  postmortemTemplateId?: string;
  incidentsFolderId?: string;
  trackingSpreadsheetId?: string;
  trackingRange: string;
};

/** A1 range of the tracking sheet: `Sheet name!A:J` (quotes around names with spaces). */
export function parseTrackingRange(range: string): {
  sheet: string;
  firstColumn: string;
  lastColumn: string;
} {
  const match =
    /^(?:'((?:[^']|'')+)'|([^!']+))!([A-Z]{1,3})(?:\d+)?:([A-Z]{1,3})(?:\d+)?$/.exec(
      range.trim(),
    );
  if (!match) {
    throw new Error(
      `incidents.google.trackingRange: '${range}' is not a range of whole columns such as 'Incidents!A:J'`,
    );
  }
  return {
    sheet: match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2],
    firstColumn: match[3],
    lastColumn: match[4],
  };
}

/**
 * The Google Workspace settings, or undefined when no service account is configured
 * (Google is off); credentials given in part are a configuration error.
 */
export function readGoogleSettings(config: Config): GoogleSettings | undefined {
  const clientEmail = config.getOptionalString('incidents.google.clientEmail');
  const privateKey = config.getOptionalString('incidents.google.privateKey');
  if (!clientEmail && !privateKey) {
    return undefined;
  }
  if (!clientEmail || !privateKey) {
    throw new Error(
      `incidents.google: set both clientEmail and privateKey (the service account's client_email and private_key), or neither; ${
        clientEmail ? 'privateKey' : 'clientEmail'
      } is missing`,
    );
  }
  const trackingRange =
    config.getOptionalString('incidents.google.trackingRange') ??
    DEFAULT_TRACKING_RANGE;
  parseTrackingRange(trackingRange);
  return {
    clientEmail,
    // Keys passed through environment variables often arrive with literal \n.
    privateKey: privateKey.replace(/\\n/g, '\n'),
    subject: config.getOptionalString('incidents.google.subject'),
    rootUrl: readUrl(config, 'incidents.google.rootUrl'),
    tokenUrl:
      readUrl(config, 'incidents.google.tokenUrl') ?? DEFAULT_GOOGLE_TOKEN_URL,
    postmortemTemplateId: config.getOptionalString(
      'incidents.google.postmortemTemplateId',
    ),
    incidentsFolderId: config.getOptionalString(
      'incidents.google.incidentsFolderId',
    ),
    trackingSpreadsheetId: config.getOptionalString(
      'incidents.google.trackingSpreadsheetId',
    ),
    trackingRange,
  };
}
