import { AuditorService } from '@backstage/backend-plugin-api';
import { JsonObject } from '@backstage/types';
import type { Request } from 'express';

/**
 * Runs a change as one audit event: success with what the result says about itself, or
 * failure with the error, which is rethrown. HTTP routes pass their request; other entry
 * points (Slack, scheduled tasks) pass what identifies the caller in `meta`.
 */
export async function withAuditEvent<T>(
  auditor: AuditorService,
  options: {
    eventId: string;
    request?: Request<any, any, any, any>;
    meta?: JsonObject;
    /** Added to the success event, e.g. the id and number of the incident changed. */
    resultMeta?: (result: T) => JsonObject;
  },
  change: () => Promise<T>,
): Promise<T> {
  const event = await auditor.createEvent({
    eventId: options.eventId,
    severityLevel: 'medium',
    request: options.request,
    meta: options.meta,
  });
  try {
    const result = await change();
    await event.success({ meta: options.resultMeta?.(result) ?? {} });
    return result;
  } catch (error) {
    await event.fail({ error: error as Error });
    throw error;
  }
}
