import { docs as docsApi, docs_v1 } from '@googleapis/docs';
import { drive as driveApi, drive_v3 } from '@googleapis/drive';
import { meet as meetApi, meet_v2 } from '@googleapis/meet';
import { sheets as sheetsApi, sheets_v4 } from '@googleapis/sheets';
import { JWT } from 'google-auth-library';
import {
  DEFAULT_GOOGLE_TOKEN_URL,
  GoogleSettings,
  parseTrackingRange,
} from './readGoogleSettings';

/**
 * What the service account may do, and nothing more: copy and find files (the
 * postmortem template, the incidents folder), edit documents and spreadsheets, and
 * create Meet spaces.
 */
export const GOOGLE_SCOPES = [
  'https://www.googleapis.com/auth/drive',
  'https://www.googleapis.com/auth/documents',
  'https://www.googleapis.com/auth/spreadsheets',
  'https://www.googleapis.com/auth/meetings.space.created',
];

export type DriveFile = { id: string; name: string; url: string };

export type MeetSpace = {
  name: string;
  meetingUri: string;
  meetingCode?: string;
};

function documentUrl(file: drive_v3.Schema$File): string {
  return (
    file.webViewLink ?? `https://docs.google.com/document/d/${file.id}/edit`
  );
}

/** Quotes a sheet name for an A1 range: 'It''s here'!A:A. */
function sheetRef(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** Escapes a value inside a single-quoted Drive query string. */
function driveQueryString(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
}

/**
 * The Drive, Docs, Sheets and Meet calls the workspace steps make, through the official
 * per-API clients (`@googleapis/drive`, `docs`, `sheets`, `meet`), authenticated as a
 * service account, acting as `incidents.google.subject` when set (domain-wide
 * delegation; Meet needs it). Retries are the worker's job: calls are not retried here,
 * because a retried POST to Drive or Sheets can create a second copy or row.
 */
export class GoogleWorkspaceClient {
  private readonly callOptions: {
    timeout: number;
    retry: boolean;
    fetchImplementation: typeof fetch;
  };

  private constructor(
    private readonly drive: drive_v3.Drive,
    private readonly docs: docs_v1.Docs,
    private readonly sheets: sheets_v4.Sheets,
    private readonly meet: meet_v2.Meet,
    readonly settings: GoogleSettings,
    requestTimeoutMs: number,
  ) {
    this.callOptions = {
      timeout: requestTimeoutMs,
      retry: false,
      fetchImplementation: fetch,
    };
  }

  /** The client, or undefined when the service account is not configured. */
  static fromSettings(
    settings: GoogleSettings | undefined,
    deps: { requestTimeoutMs?: number } = {},
  ): GoogleWorkspaceClient | undefined {
    if (!settings) {
      return undefined;
    }
    const auth = new JWT({
      email: settings.clientEmail,
      key: settings.privateKey,
      scopes: GOOGLE_SCOPES,
      subject: settings.subject,
      // Node's own fetch: gaxios would otherwise load node-fetch with a dynamic import.
      transporterOptions: { fetchImplementation: fetch },
    });
    if (settings.tokenUrl !== DEFAULT_GOOGLE_TOKEN_URL) {
      // google-auth-library always asks Google's token endpoint for tokens; the JWT
      // client fetches them through its own transporter, so redirecting that one request
      // is how the token endpoint becomes configurable (tests use a loopback fake).
      const tokenUrl = settings.tokenUrl;
      auth.transporter.interceptors.request.add({
        resolved: async request => {
          if (String(request.url).startsWith(DEFAULT_GOOGLE_TOKEN_URL)) {
            request.url = new URL(tokenUrl);
          }
          return request;
        },
      });
    }
    // The root URL must be set on each API: the global google.options({ rootUrl }) is
    // not honoured by the generated clients.
    const options = {
      auth: auth as any,
      ...(settings.rootUrl && { rootUrl: settings.rootUrl }),
    };
    return new GoogleWorkspaceClient(
      driveApi({ version: 'v3', ...options }),
      docsApi({ version: 'v1', ...options }),
      sheetsApi({ version: 'v4', ...options }),
      meetApi({ version: 'v2', ...options }),
      settings,
      deps.requestTimeoutMs ?? 10_000,
    );
  }

  async createMeetSpace(): Promise<MeetSpace> {
    const { data } = await this.meet.spaces.create(
      {
        requestBody: {
          config: { accessType: 'TRUSTED', entryPointAccess: 'ALL' },
        },
      },
      this.callOptions,
    );
    return {
      name: String(data.name),
      meetingUri: String(data.meetingUri),
      meetingCode: data.meetingCode ?? undefined,
    };
  }

  /** Copies a file into a folder, tagging the copy so it can be found again. */
  async copyFile(options: {
    fileId: string;
    name: string;
    folderId?: string;
    appProperties: Record<string, string>;
  }): Promise<DriveFile> {
    const { data } = await this.drive.files.copy(
      {
        fileId: options.fileId,
        supportsAllDrives: true,
        fields: 'id,name,webViewLink',
        requestBody: {
          name: options.name,
          ...(options.folderId && { parents: [options.folderId] }),
          appProperties: options.appProperties,
        },
      },
      this.callOptions,
    );
    return {
      id: String(data.id),
      name: String(data.name),
      url: documentUrl(data),
    };
  }

  /** The file tagged with this app property, if any (not in the trash). */
  async findFileByAppProperty(
    key: string,
    value: string,
  ): Promise<DriveFile | undefined> {
    const { data } = await this.drive.files.list(
      {
        q: `appProperties has { key='${driveQueryString(
          key,
        )}' and value='${driveQueryString(value)}' } and trashed = false`,
        supportsAllDrives: true,
        includeItemsFromAllDrives: true,
        fields: 'files(id,name,webViewLink)',
        pageSize: 10,
      },
      this.callOptions,
    );
    const file = data.files?.[0];
    return file
      ? { id: String(file.id), name: String(file.name), url: documentUrl(file) }
      : undefined;
  }

  /**
   * Replaces each placeholder everywhere in the document (case-sensitive) and returns
   * how many places changed per placeholder. Replacing again is harmless: a placeholder
   * already replaced is no longer there.
   */
  async replaceAllText(
    documentId: string,
    replacements: [string, string][],
  ): Promise<Record<string, number>> {
    const { data } = await this.docs.documents.batchUpdate(
      {
        documentId,
        requestBody: {
          requests: replacements.map(([text, replaceText]) => ({
            replaceAllText: {
              containsText: { text, matchCase: true },
              replaceText,
            },
          })),
        },
      },
      this.callOptions,
    );
    const counts: Record<string, number> = {};
    replacements.forEach(([text], index) => {
      // The API leaves out occurrencesChanged when it is 0.
      counts[text] =
        data.replies?.[index]?.replaceAllText?.occurrencesChanged ?? 0;
    });
    return counts;
  }

  /** The 1-based row whose first tracking column holds `value`, if any. */
  async findTrackingRow(
    spreadsheetId: string,
    value: string,
  ): Promise<number | undefined> {
    const { sheet, firstColumn } = parseTrackingRange(
      this.settings.trackingRange,
    );
    const { data } = await this.sheets.spreadsheets.values.get(
      {
        spreadsheetId,
        range: `${sheetRef(sheet)}!${firstColumn}:${firstColumn}`,
        majorDimension: 'ROWS',
      },
      this.callOptions,
    );
    const index = (data.values ?? []).findIndex(
      row => String(row[0] ?? '') === value,
    );
    return index < 0 ? undefined : index + 1;
  }

  /** Appends a row to the tracking range; returns the range it landed in. */
  async appendTrackingRow(
    spreadsheetId: string,
    values: string[],
  ): Promise<string> {
    const { data } = await this.sheets.spreadsheets.values.append(
      {
        spreadsheetId,
        range: this.settings.trackingRange,
        // RAW: a title such as "=IMPORTXML(...)" stays text instead of running as a formula.
        valueInputOption: 'RAW',
        insertDataOption: 'INSERT_ROWS',
        requestBody: { values: [values] },
      },
      this.callOptions,
    );
    return String(data.updates?.updatedRange ?? '');
  }

  /** Overwrites one row of the tracking range. */
  async updateTrackingRow(
    spreadsheetId: string,
    row: number,
    values: string[],
  ): Promise<string> {
    const { sheet, firstColumn, lastColumn } = parseTrackingRange(
      this.settings.trackingRange,
    );
    const { data } = await this.sheets.spreadsheets.values.update(
      {
        spreadsheetId,
        range: `${sheetRef(sheet)}!${firstColumn}${row}:${lastColumn}${row}`,
        valueInputOption: 'RAW',
        requestBody: { values: [values] },
      },
      this.callOptions,
    );
    return String(data.updatedRange ?? '');
  }
}
