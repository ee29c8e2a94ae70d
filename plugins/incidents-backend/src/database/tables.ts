// Rows of the plugin's tables, snake_case as stored. bigint columns: pg returns them as
// strings, SQLite as numbers.

export type DbIncidentRow = {
  id: string;
  number: number;
  title: string;
  description: string | null;
  summary: string | null;
  impact: string | null;
  severity: string | null;
  status: string;
  mode: string;
  security: boolean | number;
  drill: boolean | number;
  reporter_ref: string;
  impact_started_at: number | string;
  detected_at: number | string | null;
  declared_at: number | string;
  mitigated_at: number | string | null;
  resolved_at: number | string | null;
  closed_at: number | string | null;
  updated_at: number | string;
  /** While the severity is to be assessed: when the channel is next reminded. */
  severity_reminder_due_at?: number | string | null;
};

export type DbIncidentEntityRow = {
  incident_id: string;
  entity_ref: string;
  position: number;
};

export type DbIncidentOwnerRow = {
  incident_id: string;
  owner_ref: string;
};

export type DbRoleAssignmentRow = {
  id: number | string;
  incident_id: string;
  role: string;
  user_ref: string;
  assigned_by_ref: string;
  note: string | null;
  assigned_at: number | string;
  ended_at: number | string | null;
};

export type DbTimelineRow = {
  id: number | string;
  incident_id: string;
  kind: string;
  body: string;
  author_ref: string;
  automatic: boolean | number;
  corrects_id: number | string | null;
  data: string | null;
  occurred_at: number | string;
  created_at: number | string;
};

export type DbIdempotencyKeyRow = {
  actor_ref: string;
  key: string;
  request_hash: string;
  incident_id: string;
  created_at: number | string;
};

/** A row of `incident_steps`. */
export type DbWorkspaceStepRow = {
  id: number | string;
  incident_id: string;
  key: string;
  status: string;
  attempts: number;
  retried_at_attempt: number;
  next_attempt_at: number | string;
  lease_owner: string | null;
  lease_until: number | string | null;
  last_error: string | null;
  /** A WorkspaceSkipCode. */
  skip_reason: string | null;
  result: string | null;
  input: string | null;
  depends_on: string;
  waits_for: string;
  requested_by: string;
  created_at: number | string;
  updated_at: number | string;
};

export type DbKnownErrorRow = {
  id: string;
  number: number;
  title: string;
  symptoms: string;
  root_cause: string | null;
  workaround: string | null;
  permanent_fix: string | null;
  fix_url: string | null;
  status: string;
  incident_count: number | string;
  last_seen_at: number | string | null;
  created_by: string;
  created_at: number | string;
  updated_at: number | string;
};

export type DbKnownErrorEntityRow = {
  known_error_id: string;
  entity_ref: string;
  position: number;
};

export type DbKnownErrorOwnerRow = {
  known_error_id: string;
  owner_ref: string;
};

export type DbKnownErrorIncidentRow = {
  known_error_id: string;
  incident_id: string;
  linked_by: string;
  linked_at: number | string;
};

export type DbKnownErrorHistoryRow = {
  id: number | string;
  known_error_id: string;
  kind: string;
  actor_ref: string;
  at: number | string;
  /** JSON: field -> { from, to } */
  changes: string | null;
  incident_id: string | null;
  incident_number: number | null;
};

export type DbPostmortemRow = {
  incident_id: string;
  status: string;
  /** JSON: section -> Markdown */
  sections: string;
  /** JSON: timeline entry id -> marked important or not, where an editor chose */
  important: string;
  updated_by: string;
  created_at: number | string;
  updated_at: number | string;
  approved_at: number | string | null;
  approved_by: string | null;
  review_comment: string | null;
};

export type DbActionItemRow = {
  id: string;
  incident_id: string;
  title: string;
  owner_ref: string;
  assignee_ref: string | null;
  /** YYYY-MM-DD */
  due_on: string;
  priority: string;
  kind: string;
  status: string;
  reason: string | null;
  tracker_url: string | null;
  known_error_id: string | null;
  created_by: string;
  created_at: number | string;
  updated_at: number | string;
  completed_at: number | string | null;
  completed_on: string | null;
  reminded_due_soon_at: number | string | null;
  reminded_overdue_at: number | string | null;
};

/** A row of `incident_slack_events`. */
export type DbSlackEventRow = {
  event_id: string;
  type: string;
  payload: string;
  received_at: number | string;
  attempts: number;
  leased_until: number | string | null;
  last_error: string | null;
  handled_at: number | string | null;
};

/** A row of `incident_slack_timeline_messages`. */
export type DbSlackTimelineMessageRow = {
  channel_id: string;
  message_ts: string;
  incident_id: string;
  entry_id: number | string;
  saved_with: string;
};
