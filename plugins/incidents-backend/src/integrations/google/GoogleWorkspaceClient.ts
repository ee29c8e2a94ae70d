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

/** A block of text in a document's body, found by the named range that covers it. */
export type DocumentBlock = {
  startIndex: number;
  endIndex: number;
  text: string;
};

/** What writing a named block needs to know about a document, as read at one revision. */
export type DocumentBlockSite = {
  revisionId: string;
  /** The block named so, if the document has one (spanning all its ranges). */
  block?: DocumentBlock;
  /** Where text appended to the body goes: before the body's final newline. */
  appendIndex: number;
  /** Whether the body's last paragraph is empty, so appended text can fill it. */
  endsWithEmptyParagraph: boolean;
};

/** Quotes a sheet name for an A1 range: 'It''s here'!A:A. */
function sheetRef(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

function paragraphStyle(
  startIndex: number,
  endIndex: number,
  namedStyleType: string,
): docs_v1.Schema$Request {
  return {
    updateParagraphStyle: {
      range: { startIndex, endIndex },
      paragraphStyle: { namedStyleType },
      fields: 'namedStyleType',
    },
  };
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

  /**
   * Where the block named `name` is in the document and what it says, and where a new
   * block would go.
   */
  async getNamedBlock(
    documentId: string,
    name: string,
  ): Promise<DocumentBlockSite> {
    const { data } = await this.docs.documents.get(
      {
        documentId,
        fields:
          'revisionId,namedRanges,body(content(startIndex,endIndex,paragraph(elements(startIndex,endIndex,textRun(content)))))',
      },
      this.callOptions,
    );
    const content = data.body?.content ?? [];
    const last = content[content.length - 1];
    const ranges = (data.namedRanges?.[name]?.namedRanges ?? [])
      .flatMap(named => named.ranges ?? [])
      .filter(range => !range.segmentId);
    let block: DocumentBlock | undefined;
    if (ranges.length > 0) {
      const startIndex = Math.min(...ranges.map(r => r.startIndex ?? 0));
      const endIndex = Math.max(...ranges.map(r => r.endIndex ?? 0));
      const text = content
        .flatMap(element => element.paragraph?.elements ?? [])
        .map(element => {
          const run = element.textRun?.content ?? '';
          const start = element.startIndex ?? 0;
          return run.slice(
            Math.max(0, startIndex - start),
            Math.max(0, endIndex - start),
          );
        })
        .join('');
      block = { startIndex, endIndex, text };
    }
    return {
      revisionId: String(data.revisionId),
      block,
      appendIndex: (last?.endIndex ?? 2) - 1,
      endsWithEmptyParagraph:
        !!last?.paragraph &&
        (last.endIndex ?? 0) - (last.startIndex ?? 0) === 1,
    };
  }

  /**
   * Puts the text in the document as the block named `name`, in one atomic batch: the
   * previous block (as `site` found it) is deleted and the new one takes its place, or
   * it is appended as new paragraphs. The range covers the text but not the newline
   * ending its last paragraph, which a body's last paragraph cannot lose: the block can
   * be deleted wherever it is. Paragraph styles are set on every line, since inserted
   * text takes the style of the paragraph it lands in. The batch targets the revision
   * `site` was read at, so the Docs server moves the indices over edits made since.
   */
  async replaceNamedBlock(
    documentId: string,
    name: string,
    site: DocumentBlockSite,
    content: { text: string; headingLines: number[] },
  ): Promise<void> {
    const requests: docs_v1.Schema$Request[] = [];
    let index = site.appendIndex;
    // Appended after a last paragraph with text, the block starts a paragraph of its own.
    let prefix = site.endsWithEmptyParagraph ? '' : '\n';
    if (site.block) {
      index = site.block.startIndex;
      prefix = '';
      requests.push(
        { deleteNamedRange: { name } },
        {
          deleteContentRange: {
            range: {
              startIndex: site.block.startIndex,
              endIndex: site.block.endIndex,
            },
          },
        },
      );
    }
    const start = index + prefix.length;
    const end = start + content.text.length;
    requests.push(
      { insertText: { location: { index }, text: prefix + content.text } },
      {
        createNamedRange: { name, range: { startIndex: start, endIndex: end } },
      },
      paragraphStyle(start, end, 'NORMAL_TEXT'),
    );
    let offset = start;
    content.text.split('\n').forEach((line, lineNumber) => {
      if (content.headingLines.includes(lineNumber)) {
        requests.push(
          paragraphStyle(offset, offset + line.length, 'HEADING_2'),
        );
      }
      offset += line.length + 1;
    });
    await this.docs.documents.batchUpdate(
      {
        documentId,
        requestBody: {
          requests,
          writeControl: { targetRevisionId: site.revisionId },
        },
      },
      this.callOptions,
    );
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
