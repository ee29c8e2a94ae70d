import { createTranslationRef } from '@backstage/core-plugin-api/alpha';

/**
 * Every user-facing string of the incidents plugin, in English. The handbook's wording
 * (severities, roles, the communication pattern and checklist, privacy breaches) is kept
 * close to the CDS Incident Management Handbook. The French messages are in
 * `incidentsTranslations`.
 *
 * @public
 */
export const incidentsTranslationRef = createTranslationRef({
  id: 'plugin.incidents',
  messages: {
    errors: {
      notFound: 'This no longer exists, or you cannot see it.',
      forbidden:
        'You don’t have permission to do this. Ask your Backstage administrators if you need it.',
      signedOut:
        'Your Backstage session has ended. Sign in again, then try again.',
      network:
        'Could not reach Backstage. Check your connection, then try again.',
      server: 'Something went wrong on the server; try again in a moment.',
      unknown: 'Something went wrong; try again.',
      retry: 'Try again',
      /** Why the backend refused a request, from the reason it gave (its `code`). */
      refusals: {
        /** A status named in a refusal; French puts it between « ». */
        quoted: '{{name}}',
        /** Of an incident or a known error; `allowed` is `Mitigated or Resolved`. */
        statusNotAllowed:
          '{{number}}’s status is {{from}}; it can become {{allowed}}, not {{to}}.',
        statusFinal:
          '{{number}}’s status is {{from}}; it can no longer change.',
        closeNeedsSeverity:
          '{{number}} cannot be closed while its severity is to be assessed: set the severity first, it decides whether a postmortem is required.',
        closeNeedsApprovedPostmortem:
          '{{number}} cannot be closed before its postmortem is approved ({{severity}} requires one); the postmortem’s status is {{status}}.',
        milestoneNotReached:
          '{{number}} has no “{{milestone}}” time to edit while its status is {{status}}; change its status instead.',
        idempotencyKeyReused:
          'An incident was already declared from this form with other details. Check the incidents list before declaring it again.',
        noFailedSteps: '{{number}} has no failed steps left to retry.',
        /** Someone else's save came first; the By/At variants say who and when, when known. */
        postmortemSavedSince:
          '{{number}}’s postmortem was saved again since you started editing; reload it and edit again.',
        postmortemSavedSinceBy:
          '{{user}} saved {{number}}’s postmortem since you started editing; reload it and edit again.',
        postmortemSavedSinceAt:
          '{{number}}’s postmortem was saved again on {{time}}, since you started editing; reload it and edit again.',
        postmortemSavedSinceByAt:
          '{{user}} saved {{number}}’s postmortem on {{time}}, since you started editing; reload it and edit again.',
        postmortemNotDraft:
          '{{number}}’s postmortem status is {{status}}; send it back to draft to edit it.',
        postmortemStatusNotAllowed:
          '{{number}}’s postmortem status is {{from}}; it can become {{allowed}}, not {{to}}.',
        tooManyBuckets:
          'The period is too long to count by {{bucket}}: more than {{max}} points. Group by a longer period or choose a shorter one.',
      },
    },
    common: {
      cancel: 'Cancel',
      loading: 'Loading…',
      notSet: 'Not set',
      automatic: 'Automatic',
      pagination: 'Pages',
      previousPage: 'Previous page',
      nextPage: 'Next page',
      pageOf: 'Page {{page}}',
      totalIncidents_one: '{{count}} incident',
      totalIncidents_other: '{{count}} incidents',
      /** A label and its value: `Handoff note: …`. */
      labelled: '{{label}}: {{value}}',
      /** An incident or known error by number and title: `INC-7: Checkout down`. */
      numbered: '{{number}}: {{title}}',
    },
    severities: {
      SEV1: {
        name: 'SEV1 - Critical',
        description: 'A critical incident with very high impact',
        examples:
          'Service is down for all users\nConfidentiality or privacy is breached\nUser data loss',
      },
      SEV2: {
        name: 'SEV2 - Major',
        description: 'A major incident with significant impact',
        examples:
          'Service is unavailable for a subset of users\nCore functionality is significantly impacted',
      },
      SEV3: {
        name: 'SEV3 - Minor',
        description: 'A minor incident with low impact',
        examples:
          'A minor inconvenience to users, workaround available\nUsable performance degradation',
      },
      postmortemRequired: 'Postmortem required',
      unassessed: {
        name: 'To be assessed',
        inSentence: 'to be assessed',
        description:
          'Nobody has set the severity yet. It decides who is told and whether a postmortem is required.',
        choice: 'Not sure yet: to be assessed',
        choiceHelp:
          'Declare now. The incident page and its Slack channel remind responders until someone sets the severity.',
      },
    },
    statuses: {
      active: 'Active',
      mitigated: 'Mitigated',
      resolved: 'Resolved',
      closed: 'Closed',
    },
    modes: {
      retrospective: 'Recorded after the fact',
    },
    flags: {
      security: 'Security or privacy',
      drill: 'Drill',
    },
    roles: {
      'incident-commander': {
        name: 'Incident commander',
        description:
          'Has overall responsibility and authority for the incident; holds every role not yet delegated.',
      },
      'operations-lead': {
        name: 'Operations lead',
        description:
          'Develops theories about what is broken, decides on changes and runs the technical team.',
      },
      'communications-lead': {
        name: 'Communications lead',
        description:
          'The public face of the incident: periodic updates to responders, stakeholders and users.',
      },
      'policy-lead': {
        name: 'Policy lead',
        description:
          'Assesses policy and privacy implications and advises the incident commander.',
      },
      'postmortem-owner': {
        name: 'Postmortem owner',
        description:
          'Accountable for the blameless postmortem, from draft to publication.',
      },
      scribe: {
        name: 'Scribe',
        description:
          'Records what is observed, decided and done in the timeline.',
      },
      reporter: {
        name: 'Reporter',
        description: 'Declared the incident.',
      },
    },
    milestones: {
      impactStartedAt: 'Impact started',
      detectedAt: 'Detected',
      declaredAt: 'Declared',
      mitigatedAt: 'Mitigated',
      resolvedAt: 'Impact ended (resolved)',
      closedAt: 'Closed',
    },
    validation: {
      required: 'Required',
      titleRequired: 'Say what is wrong',
      tooLong: 'At most {{max}} characters',
      severityRequired: 'Choose a severity',
      entityRefsRequired: 'Name at least one affected service',
      entityRefsTooMany: 'At most {{max}} affected services',
      invalidDate: 'Not a valid date and time',
      inTheFuture: 'Must not be in the future',
      mustNotPrecede: 'Must not be before “{{other}}”',
      userRequired: 'Choose a person',
      bodyRequired: 'Write something',
      knownErrorTitleRequired: 'Name the problem',
      symptomsRequired: 'Say what people see',
      invalidUrl: 'A web address starting with http:// or https://',
    },
    table: {
      number: 'Incident',
      title: 'What is wrong',
      severity: 'Severity',
      status: 'Status',
      services: 'Affected',
      roles: 'Led by',
      moreRoles_one: 'and {{count}} more role: {{roles}}',
      moreRoles_other: 'and {{count}} more roles: {{roles}}',
      moreEntities_one: 'and {{count}} more: {{names}}',
      moreEntities_other: 'and {{count}} more: {{names}}',
      owners: 'Owners',
      emptyFiltered: 'No incident matches these filters.',
    },
    filters: {
      label: 'Filters',
      status: 'Status',
      severity: 'Severity',
      owner: 'Owner team',
      service: 'Affected service',
      search: 'Search',
      searchPlaceholder: 'Number, title or description',
      from: 'Started on or after',
      to: 'Started on or before',
      clear: 'Clear filters',
      show: 'Show filters',
    },
    entityTab: {
      activeTitle: 'Active incidents',
      noActive: 'No active incident on {{entity}}.',
      historyTitle: 'Past incidents',
      historyEmpty: 'No past incident matches these filters.',
      emptyTitle: 'No incident on {{entity}} yet',
      emptyDescription:
        'This tab lists the incidents that affect {{entity}}: the active ones first, with their severity, status and who holds each role, then its past incidents. When something is wrong with it, declare an incident: its owners are linked and you land on the incident page to run the response.',
      loadError: 'Could not load the incidents',
      liveUpdates:
        'This tab updates itself when an incident of this entity changes.',
    },
    activeCard: {
      title: 'Active incidents',
      none: 'No active incident.',
      viewAll: 'All incidents of this entity',
      loadError: 'Could not load the active incidents',
    },
    declare: {
      button: 'Declare incident',
      title: 'Declare an incident',
      intro:
        'Declare as soon as you see a problem: you become reporter, incident commander and operations lead, and can hand these roles over from the incident page.',
      titleLabel: 'What is wrong?',
      titleHelp:
        'A short summary people will recognise, e.g. “Checkout returns 502”',
      severityLabel: 'Severity',
      severityHelp:
        'Not needed to declare. If you know it, choose it (if in doubt, the higher one); it can change.',
      modeLabel: 'Is it happening now?',
      modeLive: 'Yes, it is happening now',
      modeRetrospective: 'No, it already happened',
      modeRetrospectiveHelp:
        'It is recorded already resolved; say when the impact started and ended.',
      securityLabel: 'This is a security or privacy event',
      securityHelp:
        'A privacy breach is the improper or unauthorized collection, use, disclosure, retention or disposal of personal information.',
      securityNote:
        'If personal information is involved, the privacy breach management process applies: preliminary assessment and containment, full assessment, notification, mitigation and prevention, notification to the privacy authorities, lessons learned. Assign a policy lead to assess it.',
      drillLabel: 'This is a drill (an exercise, left out of the metrics)',
      descriptionLabel: 'Description',
      descriptionHelp:
        'What you see, since when, who is affected. Markdown is supported.',
      impactStartedAtLabel: 'When did the impact start?',
      detectedAtLabel: 'When was it detected?',
      resolvedAtLabel: 'When did the impact end?',
      timesHelp: 'Your local time',
      servicesLabel: 'Affected services',
      servicesHelp:
        'The first one is the primary service. Add the systems, APIs or resources that are affected too.',
      addService: 'Add an affected service',
      removeService: 'Remove {{entity}}',
      ownersLabel: 'Owners that will be linked',
      ownersHelp: 'From the catalog; they follow from the affected services.',
      ownersNone: 'The affected services have no owner in the catalog.',
      ownersNoService: 'Add an affected service to see who owns it.',
      submit: 'Declare',
      submitting: 'Declaring…',
      failed: 'The incident was not declared: {{message}}',
      failedRetry:
        'The incident may not have been declared. Declare again: it will not be created twice.',
    },
    entityPicker: {
      open: 'Open the list',
      close: 'Close the list',
      clear: 'Clear',
      noOptions: 'No matching entity',
      loading: 'Searching the catalog…',
    },
    userPicker: {
      label: 'Person',
      noOptions: 'No matching person',
      loading: 'Searching the catalog…',
    },
    incidentsPage: {
      title: 'Incidents',
      subtitle: 'Every incident, newest first',
      sidebar: 'Incidents',
      empty: 'No incident has been declared yet.',
      loadError: 'Could not load the incidents',
    },
    editIncident: {
      button: 'Edit details',
      title: 'Edit {{number}}',
      titleLabel: 'What is wrong',
      severityLabel: 'Severity',
      severityHelp:
        'Raise or lower it as you learn more; the change is recorded on the timeline.',
      summaryLabel: 'Summary',
      summaryHelp:
        'The current state in a sentence or two, for people joining the response.',
      impactLabel: 'Impact',
      impactHelp: 'Who and what is affected, and how much.',
      descriptionLabel: 'Description',
      milestonesLabel: 'Milestones',
      submit: 'Save',
      submitting: 'Saving…',
      failed: 'Could not save the changes: {{message}}',
    },
    severityReminder: {
      title: 'The severity of {{number}} is still to be assessed',
      body: 'It decides who is told and whether a postmortem is required, and it can change later. Until it is set, the incident’s Slack channel is reminded of it.',
      open: 'Assess the severity',
      submit: 'Set the severity',
      submitting: 'Saving…',
      saved: 'Severity set to {{severity}}',
      failed: 'Could not set the severity: {{message}}',
    },
    incidentPage: {
      loadError: 'Could not load this incident',
      notFoundTitle: 'No incident {{reference}}',
      notFoundDescription:
        'There is no incident {{reference}} that you can see: the link may be wrong, or it has another number. Find it in the incidents instead.',
      backToList: 'Back to the incidents',
      affected: 'Affected',
      owners: 'Owners',
      noOwners: 'No owner',
      summary: 'Summary',
      impact: 'Impact',
      description: 'Description',
      liveUpdates:
        'This page updates itself when someone changes the incident.',
      summaryLabel: 'Where the incident stands',
      goingOnFor: 'Going on for {{duration}}',
      resolvedAfter: 'Resolved after {{duration}}',
      leads: 'Leading the response',
      roleHeldBy: '{{role}}: {{user}}',
    },
    workspace: {
      title: 'Workspace',
      subheader: 'Slack and Google Workspace, set up automatically',
      declareSteps: 'When the incident was declared',
      followUps: 'Follow-ups',
      plannedAt: 'Planned {{time}}',
      empty:
        'Nothing was set up in Slack or Google Workspace for this incident.',
      kinds: {
        slack: {
          channel: 'Slack channel',
          share: 'First message in the channel',
          links: 'Meet and doc links in the channel',
          invite: 'Invitations to the channel',
          announce: 'Announcement',
          'status-update': 'Status change message',
          'role-update': 'Role change message',
          'details-update': 'Severity or title change message',
          close: 'Closing message',
          archive: 'Channel archiving',
          'known-errors': 'Known errors in the channel',
        },
        google: {
          meet: 'Google Meet',
          doc: 'Postmortem document',
          'doc-fill': 'Postmortem document details',
          sheet: 'Tracking sheet row',
          'sheet-update': 'Tracking sheet update',
          'doc-status': 'Postmortem document status',
          'postmortem-render': 'Postmortem rendered in the document',
        },
      },
      statuses: {
        pending: 'Pending',
        running: 'Running',
        succeeded: 'Done',
        failed: 'Failed',
        skipped: 'Skipped',
      },
      pending: {
        ready: 'Starts shortly',
        waitingFor: 'Waiting for {{steps}}',
        blockedBy: 'Waiting for {{steps}}, which failed',
        nextAttempt: 'Next attempt {{time}}',
        lastError: 'Last attempt: {{error}}',
      },
      running: {
        attempt: 'Attempt {{attempt}}',
      },
      failed: {
        attempts_one: 'After {{count}} attempt',
        attempts_other: 'After {{count}} attempts',
      },
      succeeded: {
        announcedIn: 'Posted in #{{channel}}',
        noSlackAccount: 'No Slack account found for {{people}}',
      },
      skipped: {
        slack: 'Slack is not configured.',
        google: 'Google Workspace is not configured.',
        meetSubject:
          'Google Meet needs a Workspace user to act as (incidents.google.subject).',
        postmortemTemplate:
          'No postmortem template is configured (incidents.google.postmortemTemplateId).',
        trackingSheet:
          'No tracking spreadsheet is configured (incidents.google.trackingSpreadsheetId).',
        retrospective:
          'A retrospective incident is already over: no channel, Meet or announcement.',
        setUpNote:
          'Steps are skipped when Slack or Google Workspace is not configured.',
        setUpLink: 'How to set up Slack and Google Workspace',
      },
      links: {
        channel: 'Open #{{channel}} in Slack',
        channelUnnamed: 'Open the Slack channel',
        meet: 'Join the Meet',
        doc: 'Open the postmortem document',
        sheet: 'Open the tracking sheet',
        opensInNewTab: '(opens in a new tab)',
      },
      notSetUp:
        'No channel, Meet or document: Slack and Google Workspace are not set up here.',
      quickLinks: {
        label: 'Response workspace',
        channel: 'Slack: #{{channel}}',
        channelUnnamed: 'Slack channel',
        meet: 'Join the Meet',
        doc: 'Postmortem document',
      },
      retry: {
        button: 'Retry failed steps',
        dialogTitle: 'Retry the failed steps of {{number}}?',
        intro: 'These steps are tried again now:',
        explain:
          'Steps that wait for them follow once they succeed. Steps that already succeeded are not repeated, and a retried step reuses what an earlier attempt made (the channel, the document) instead of making it twice.',
        confirm: 'Retry',
        retrying: 'Retrying…',
        done: 'Trying again: {{steps}}. Their progress shows in this panel.',
        failed: 'The steps were not retried: {{message}}',
      },
    },
    statusActions: {
      title: 'Status',
      mitigated: 'Mark mitigated',
      resolved: 'Resolve',
      active: 'Reopen',
      closed: 'Close',
      dialogTitle: '{{action}}: {{number}}',
      effectiveAtLabel: 'When did it take effect?',
      effectiveAtHelp:
        'Defaults to now; set an earlier time if it happened before.',
      explain: {
        mitigated:
          'The impact is contained (for example by a workaround) but not over yet.',
        resolved:
          'The impact has ended. The response ends; clean-up and the postmortem follow.',
        active: 'The impact is back: the response starts again.',
        closed:
          'The follow-up is done. A closed incident cannot change status again.',
      },
      failed: 'The status did not change: {{message}}',
      noneLeft: 'This incident is closed.',
      postmortemGate:
        'A postmortem is required for {{severity}}: the incident can be closed once its postmortem is approved.',
      severityGate:
        'The severity is still to be assessed: set it first, it decides whether a postmortem must be approved before closing.',
    },
    rolesPanel: {
      title: 'Roles',
      asCommander: 'as incident commander',
      since: 'Since {{time}}',
      handoffNote: 'Handoff note',
      assign: 'Assign',
      handOver: 'Hand over',
      assignTitle: 'Assign the {{role}} role',
      handOverTitle: 'Hand over the {{role}} role',
      noteLabel: 'Handoff note',
      noteHelp:
        'The current state of the incident, the next steps and the people currently involved.',
      submit: 'Assign',
      failed: 'The role was not assigned: {{message}}',
      history: 'Role history',
      historyCurrent: 'now',
    },
    metrics: {
      title: 'Milestones',
      indicators: 'Indicators',
      ttd: 'Time to detect',
      ttdHelp: 'From the start of impact to detection',
      ttr: 'Time to recover',
      ttrHelp: 'From the start of impact to its end',
      open: 'Time open',
      openHelp: 'From the declaration to closing',
      ongoing: '{{duration}} so far',
      unknown: 'Unknown',
    },
    charts: {
      sectionTitle: 'Time to detect and time to recover',
      sectionHelp:
        'Per incident and over time; drills are left out. Point at an incident to see which one it is, click it to open it.',
      bucketLabel: 'Group by',
      buckets: {
        week: 'Week',
        month: 'Month',
        quarter: 'Quarter',
      },
      bucketNouns: {
        week: 'week',
        month: 'month',
        quarter: 'quarter',
      },
      periodLabel: 'Period',
      periods: {
        last3Months: 'Last 3 months',
        last6Months: 'Last 6 months',
        last12Months: 'Last 12 months',
        last24Months: 'Last 2 years',
        all: 'All time',
      },
      weekOf: 'Week of {{date}}',
      quarter: 'Q{{quarter}} {{year}}',
      showTable: 'Show as table',
      loadError: 'Could not load the metrics',
      loading: 'Loading the metrics',
      emptyTitle: 'No incident to measure yet',
      emptyEntity:
        'Time to detect and time to recover appear here once incidents on {{entity}} in this period have their start of impact, detection and end of impact recorded. Declare an incident as soon as something is wrong, or record a past one with Declare incident, “No, it already happened”. Drills are left out.',
      emptyTeam:
        'Time to detect and time to recover appear here once incidents on what {{team}} owns in this period have their start of impact, detection and end of impact recorded. Incidents are declared from the Incidents tab of each service, system, API or resource. Drills are left out.',
      emptyFiltered:
        'No incident matches these filters in this period. Drills are left out; widen the dates or clear the filters.',
      indicators: {
        ttd: 'Time to detect',
        ttm: 'Time to mitigate',
        ttr: 'Time to recover',
        timeToDeclare: 'Time to declare',
      },
      definitions: {
        ttd: 'From the start of impact to detection',
        ttm: 'From the start of impact to mitigation',
        ttr: 'From the start of impact to its end',
        timeToDeclare: 'From detection to the declaration',
      },
      summary: {
        title: 'Summary',
        indicator: 'Indicator',
        measured: 'Measured',
        measuredOf: '{{n}} of {{total}}',
        leftOut: 'Left out',
        median: 'Median',
        p90: '90th percentile',
        mean: 'Mean',
        noValue: 'No data',
        leftOutNote:
          'An incident is measured when both of its milestones are recorded; the others are left out of that indicator. Time to declare counts only incidents declared while they happened, not those recorded afterwards.',
        bySeverityTitle: 'By severity',
        severity: 'Severity',
        incidents: 'Incidents',
        medianTtd: 'Median time to detect',
        medianTtr: 'Median time to recover',
        p90Ttr: '90th percentile time to recover',
      },
      durationChart: {
        median: 'Median per {{bucket}}',
        p90: '90th percentile per {{bucket}}',
        xAxis: 'Impact started',
        noneMeasured:
          'No incident in this period has both milestones recorded yet.',
        truncated:
          'The points are the {{shown}} most recent of {{total}} incidents; the medians and percentiles cover all of them.',
        openHint: 'Click the point to open the incident',
        restricted: 'A security incident you cannot see',
        description:
          '{{metric}} of each incident against the start of its impact, from {{from}} to {{to}}, with the median and 90th percentile per {{bucket}}.',
        perBucketCaption: '{{metric}} per {{bucket}}',
        perIncidentCaption: '{{metric}} per incident, newest first',
        period: 'Period',
        incidents: 'Incidents',
        measured: 'Measured',
        incident: 'Incident',
        title: 'What was wrong',
        severity: 'Severity',
        impactStarted: 'Impact started',
      },
      countChart: {
        title: 'Incidents by severity',
        description:
          'The number of incidents per {{bucket}}, by severity, from {{from}} to {{to}}.',
        caption: 'Incidents per {{bucket}} and severity',
        period: 'Period',
        total: 'Total',
      },
    },
    knownErrors: {
      statuses: {
        investigating: 'Investigating',
        workaround: 'Workaround available',
        'fix-in-progress': 'Fix in progress',
        fixed: 'Fixed',
        retired: 'Retired',
      },
      statusHelp: {
        investigating: 'The cause is being looked for.',
        workaround:
          'People can work around it while the permanent fix is not there yet.',
        'fix-in-progress': 'The permanent fix is being made.',
        fixed: 'The permanent fix is in place. If it happens again, reopen it.',
        retired:
          'It no longer applies: the service is gone, or it was recorded twice.',
      },
      moves: {
        investigating: 'Investigating again',
        workaround: 'Workaround available',
        'fix-in-progress': 'Fix in progress',
        fixed: 'Fixed',
        retired: 'Retired',
      },
      reasons: {
        'same-entity': 'Same service',
        dependency: 'Affects a dependency',
        'same-system': 'Same system',
        text: 'Similar words',
      },
      total_one: '{{count}} known error',
      total_other: '{{count}} known errors',
      causedIncidents_one: 'Caused {{count}} incident',
      causedIncidents_other: 'Caused {{count}} incidents',
      listPage: {
        title: 'Known errors',
        subtitle:
          'Problems whose cause is known or being looked for, with their workarounds',
        sidebar: 'Known errors',
        loadError: 'Could not load the known errors',
        searchLabel: 'Search',
        searchPlaceholder: 'Symptoms, error messages, causes, workarounds',
        team: 'Team',
        service: 'Service',
        emptyTitle: 'No known error recorded yet',
        emptyDescription:
          'A known error is a problem whose cause is known or being looked for, recorded with its workaround so that the next person who meets it does not start from zero. Record one when an incident reveals a problem that may come back: what people see, the cause, how to work around it and what will fix it for good. Responders find it here, and it is suggested to them when they declare an incident on the same service or on what depends on it.',
        emptyFiltered: 'No known error matches this search.',
        liveUpdates:
          'This page updates itself when someone changes a known error.',
      },
      table: {
        number: 'Known error',
        title: 'Problem',
        status: 'Status',
        services: 'Services',
        workaround: 'Workaround',
        hasWorkaround: 'Yes',
        noWorkaround: 'Not yet',
        recurrence: 'Incidents',
        reasons: 'Why',
        lastSeen: 'Last seen',
        neverSeen: 'Never',
      },
      page: {
        loadError: 'Could not load this known error',
        notFoundTitle: 'No known error {{reference}}',
        notFoundDescription:
          'There is no known error {{reference}}: the link may be wrong, or it has another number. Search the known errors instead.',
        backToList: 'Back to the known errors',
        symptoms: 'Symptoms',
        rootCause: 'Root cause',
        workaround: 'Workaround',
        permanentFix: 'Permanent fix',
        fixLink: 'Where the fix is tracked',
        notRecorded: 'Not recorded yet.',
        services: 'Services',
        owners: 'Owners',
        noOwners: 'No owner',
        recurrence: 'Recurrence',
        lastSeen: 'Last seen',
        neverSeen: 'No incident linked yet',
        recorded: 'Recorded',
        recordedBy: '{{time}} by {{user}}',
        incidentsTitle: 'Incidents it caused',
        incidentsSubheader: 'Newest first',
        incidentsEmpty:
          'No incident is linked to it yet. Link it from an incident’s page, or choose “This is it” when declaring.',
        declared: 'Declared',
        historyTitle: 'History',
        changeStatus: 'Change the status to',
        statusFailed: 'The status did not change: {{message}}',
        liveUpdates:
          'This page updates itself when someone changes the known error.',
      },
      history: {
        created: 'Recorded it',
        updated: 'Changed the {{fields}}',
        statusChanged: 'Changed the status from {{from}} to {{to}}',
        incidentLinked: 'Linked {{incident}}',
        incidentUnlinked: 'Unlinked {{incident}}',
      },
      fields: {
        title: 'title',
        symptoms: 'symptoms',
        rootCause: 'root cause',
        workaround: 'workaround',
        permanentFix: 'permanent fix',
        fixUrl: 'fix link',
        entityRefs: 'services',
        status: 'status',
      },
      form: {
        recordButton: 'Record a known error',
        editButton: 'Edit',
        createTitle: 'Record a known error',
        editTitle: 'Edit {{number}}',
        intro:
          'Write it for the next responder: what they will see, how to get the service back, and what will fix it for good. The workaround can be recorded before the cause is known.',
        titleLabel: 'Problem',
        titleHelp:
          'A short name people will recognise, e.g. “Basket cache serves stale prices”',
        symptomsLabel: 'Symptoms',
        symptomsHelp:
          'What people see: error messages, codes, graphs. Markdown is supported.',
        servicesLabel: 'Affected services',
        servicesHelp:
          'The components, systems, APIs or resources it affects; their owners are linked from the catalog.',
        addService: 'Add a service',
        rootCauseLabel: 'Root cause',
        rootCauseHelp:
          'Why it happens, as far as it is known. Leave it empty while investigating.',
        workaroundLabel: 'Workaround',
        workaroundHelp:
          'How to reduce or remove the impact until the permanent fix: steps, commands, who to call.',
        permanentFixLabel: 'Permanent fix',
        permanentFixHelp: 'What will remove it for good.',
        fixUrlLabel: 'Fix link',
        fixUrlHelp:
          'The issue or change that makes the permanent fix (http or https).',
        statusLabel: 'Status',
        submitCreate: 'Record',
        submitEdit: 'Save',
        submitting: 'Saving…',
        failed: 'The known error was not saved: {{message}}',
        fromIncidentImpact: 'Impact:',
        fromIncidentNotes: 'Notes from {{number}}',
        fromIncidentNoteTime: '{{time}}:',
      },
      entityTab: {
        title: 'Known errors of {{entity}}',
        empty: 'No known error is recorded for {{entity}}.',
        relatedTitle: 'Known errors of what it depends on',
        relatedHelp:
          'Known errors of the services {{entity}} depends on or that depend on it, and of the rest of its system. They may explain its incidents too.',
        relatedEmpty: 'None recorded.',
        relatedError:
          'The known errors of what it depends on could not be looked up.',
        loadError: 'Could not load the known errors',
        count_one: '{{count}} known error affects {{entity}}.',
        count_other: '{{count}} known errors affect {{entity}}.',
        countLink: 'See them and their workarounds',
        liveUpdates:
          'This tab updates itself when someone changes a known error.',
      },
      suggestions: {
        title: 'Known errors that may explain this',
        help: 'From the affected service, what it depends on and the words you typed. If you recognise one, choose “This is it”: it is linked to the incident when you declare.',
        loading: 'Looking for known errors…',
        unavailable:
          'Known errors could not be looked up. You can still declare.',
        showWorkaround: 'Show the workaround',
        hideWorkaround: 'Hide the workaround',
        noWorkaround: 'No workaround recorded yet.',
        thisIsIt: 'This is it',
        thisIsItLabel: 'This is it: {{number}}',
      },
      panel: {
        title: 'Known errors',
        subheader: 'Problems already known that caused this incident',
        linkedEmpty: 'No known error is linked to this incident yet.',
        unlink: 'Unlink',
        unlinkLabel: 'Unlink {{number}}',
        suggestionsTitle: 'May be related',
        suggestionsEmpty: 'No recorded known error matches this incident.',
        suggestionsError: 'Related known errors could not be looked up.',
        link: 'Link',
        linkLabel: 'Link {{number}} to this incident',
        record: 'Record as known error',
        recordHelp:
          'A new known error from this incident (its title, services, summary, impact and notes), linked to it.',
        failed: 'The change was not saved: {{message}}',
      },
    },
    datePicker: {
      placeholder: 'e.g. {{example}}',
      open: 'Choose the day in a calendar',
      ok: 'OK',
    },
    postmortems: {
      statuses: {
        draft: 'Draft',
        'in-review': 'In review',
        approved: 'Approved',
      },
      statusHelp: {
        draft: 'Being written. Everyone on the response can edit it.',
        'in-review':
          'Waiting for review and approval by SRE leadership. Send it back to draft to change it.',
        approved: 'Reviewed and approved. Reopen it to change it.',
      },
      sections: {
        summary: {
          label: 'Summary',
          help: 'What happened, in 2 or 3 sentences.',
        },
        impact: {
          label: 'Impact',
          help: 'What the impact of the incident was on the organisation: who and what was affected, and how many users.',
        },
        detection: {
          label: 'Detection',
          help: 'How it was discovered: an alert, a user, a colleague.',
        },
        trigger: {
          label: 'Trigger',
          help: 'How the incident was triggered, and by what: an automated system, a change, something outside the organisation.',
        },
        rootCause: {
          label: 'Root cause and contributing factors',
          help: 'What the root cause was, and what else contributed. Ask why the system allowed it, or led people to believe it was right, not who did it.',
        },
        resolution: {
          label: 'Resolution',
          help: 'How it was resolved: what was done to mitigate the impact and recover.',
        },
        wentWell: {
          label: 'What went well',
          help: 'What we did well during the response.',
        },
        wentWrong: {
          label: 'What went wrong',
          help: 'What we did wrong, framed around systems, processes and roles.',
        },
        gotLucky: {
          label: 'Where we got lucky',
          help: 'How we got lucky: what could have made it worse.',
        },
        evidence: {
          label: 'Evidence',
          help: 'Links to the evidence: logs, graphs, messages, tickets. No evidence is deleted before the postmortem.',
        },
      },
      tab: {
        overview: 'Overview',
        postmortem: 'Postmortem',
        tabsLabel: 'Parts of {{number}}',
        loadError: 'Could not load the postmortem',
        blamelessTitle: 'This is a blameless postmortem',
        blameless:
          'We assume good intentions and never blame people for faults. Refer to people by their role (“the on-call engineer”, “the incident commander”), not by name, and frame the timeline, the causes and the actions in terms of systems, processes and roles, not individuals. Ask not “why did this person do this” but “why did the system allow it, or lead them to believe it was right”.',
        required:
          'A postmortem is required for {{severity}} incidents. The incident can be closed once it is approved.',
        optional:
          'A postmortem is optional for {{severity}} incidents. Write one whenever it would help us learn from what happened.',
        requirementUnknown:
          'Whether a postmortem is required depends on the severity, which is still to be assessed. The incident can be closed once the severity is set.',
        start: 'Start a postmortem',
        startFailed: 'The postmortem was not started: {{message}}',
        notStarted: 'No postmortem has been started for this incident.',
        title: 'Postmortem of {{number}}',
        owner: 'Postmortem owner',
        ownerHelp:
          'Accountable for the postmortem, from draft to approval. Assign or hand over the role on the Overview tab.',
        noOwner: 'Not assigned yet',
        review: 'Review',
        approved: 'Approved {{time}} by {{user}}',
        sentBack: 'Sent back to draft: {{comment}}',
        reportTitle: 'Report',
        reportHelp:
          'Each section is saved as you type. Markdown is supported; use Preview to read it as it will be shown.',
        readOnly:
          'The report can be changed while it is a draft, by people allowed to update the incident.',
        liveUpdates:
          'This tab updates itself when someone changes the postmortem or its action items.',
      },
      facts: {
        title: 'What happened, from the incident',
        severity: 'Severity',
        services: 'Affected services',
        owners: 'Owners',
        noOwners: 'No owner',
        roles: 'Roles in the response',
        rolesHelp: 'Refer to people by these roles, not by their names.',
      },
      editor: {
        write: 'Write',
        preview: 'Preview',
        modes: '{{section}}: write or preview',
        empty: 'Nothing written yet.',
        neededForReview: 'Needed for review',
        theirVersion: 'The version someone else saved',
      },
      save: {
        saved: 'All changes saved',
        prefilled: 'Prefilled from the incident; saved once you edit it',
        pending: 'Changes not saved yet…',
        saving: 'Saving…',
        failed: 'Could not save your changes: {{message}}',
        retry: 'Try again',
        conflictTitle: 'Someone else changed this postmortem',
        conflict:
          'Someone else saved changes to {{sections}} while you were editing. Your text is still in the field, with their version under it. Nothing is saved there until you choose.',
        keepMine: 'Save my version',
        takeTheirs: 'Use their version',
        notDraft:
          'The postmortem is {{status}} now, so your changes to {{sections}} could not be saved. Copy them before you leave, or send the postmortem back to draft.',
        unsavedFirst: 'Save or resolve your changes first: {{message}}',
      },
      timeline: {
        title: 'Timeline',
        help: 'From the incident’s timeline, oldest first. Mark the entries that tell the story as important: when some are marked, the export and the printable view keep only those.',
        markImportant: 'Important: {{entry}}',
        onlyImportant: 'Only the important entries',
        empty: 'Nothing on the incident’s timeline yet.',
      },
      review: {
        submit: 'Submit for review',
        approve: 'Approve',
        sendBack: 'Send back to draft',
        reopen: 'Reopen',
        sendBackTitle: 'Send the postmortem of {{number}} back to draft',
        sendBackIntro:
          'Say what should change. The postmortem owner is told, and the comment stays on the timeline.',
        reopenTitle: 'Reopen the approved postmortem of {{number}}',
        reopenIntro:
          'It goes back to draft and needs approval again. Say why; the comment stays on the timeline.',
        commentLabel: 'Why?',
        commentRequired: 'Say why',
        notReady: 'Before it can be reviewed: {{missing}}.',
        missingSections: 'write the {{sections}}',
        missingActionItem: 'add at least one action item',
        /** Both of the above: `write the summary; add at least one action item`. */
        missingBoth: '{{sections}}; {{actionItem}}',
        failed: 'The postmortem did not move: {{message}}',
        approverOnly:
          'Approval needs the postmortem approval permission (SRE leadership).',
      },
      export: {
        markdown: 'Export as Markdown',
        printable: 'Printable view',
        print: 'Print',
        back: 'Back to editing',
        fileName: 'postmortem-{{number}}.md',
        documentTitle: 'Postmortem of {{number}}: {{title}}',
        statusLine: 'Status: {{status}}',
        generated: 'Exported {{time}}',
        noActionItems: 'No action items.',
        notWritten: '_Not written._',
      },
    },
    actionItems: {
      statuses: {
        open: 'Open',
        'in-progress': 'In progress',
        done: 'Done',
        'wont-do': 'Won’t do',
      },
      kinds: {
        mitigate: 'Mitigate',
        prevent: 'Prevent',
        detect: 'Detect',
        process: 'Process',
      },
      kindHelp: {
        mitigate: 'Reduce the impact if it happens again.',
        prevent: 'Stop it from happening again.',
        detect: 'Notice it sooner.',
        process: 'Change how we work.',
      },
      priorities: {
        high: 'High',
        medium: 'Medium',
        low: 'Low',
      },
      total_one: '{{count}} action item',
      total_other: '{{count}} action items',
      overdue: 'Overdue',
      table: {
        title: 'Action items',
        subheader: 'Overdue first, then by due date',
        action: 'Action',
        owner: 'Owner team',
        assignee: 'Assignee',
        nobody: 'Nobody named',
        due: 'Due',
        priority: 'Priority',
        kind: 'Kind',
        status: 'Status',
        incident: 'Incident',
        tracker: 'Tracker',
        knownError: 'Known error it removes',
        reason: 'Why not: {{reason}}',
        empty: 'No action item yet.',
      },
      add: {
        button: 'Add an action item',
        title: 'Add an action item to {{number}}',
        intro:
          'Agree on a time-bound action with the team that owns it; it goes to their backlog. Significant mitigations are due within 8 weeks.',
        titleLabel: 'What will be done',
        titleHelp:
          'A short, concrete action, e.g. “Alert when cart totals differ from the price service”',
        titleRequired: 'Say what will be done',
        ownerLabel: 'Owner team',
        ownerHelp:
          'The catalog group that will do it; its members are reminded before the due date.',
        ownerRequired: 'Choose the team that owns it',
        assigneeLabel: 'Assignee (optional)',
        assigneeHelp: 'The person doing it, if one is named.',
        dueLabel: 'Due date',
        dueHelp_one: '{{date}}. By default {{count}} day from today.',
        dueHelp_other: '{{date}}. By default {{count}} days from today.',
        dueRequired: 'Choose a due date',
        priorityLabel: 'Priority',
        kindLabel: 'Kind',
        trackerLabel: 'Tracker link (optional)',
        trackerHelp: 'The issue in the team’s backlog (http or https).',
        knownErrorLabel: 'Known error it removes (optional)',
        knownErrorHelp:
          'Search the known errors. Once the last open action item linked to it is done, you are offered to mark it fixed.',
        submit: 'Add',
        submitting: 'Adding…',
        failed: 'The action item was not added: {{message}}',
      },
      status: {
        label: 'Status of “{{title}}”',
        wontDoTitle: 'Won’t do: {{title}}',
        wontDoIntro:
          'The action item is closed without being done. Say why, for the reviewers and the owner team.',
        reasonLabel: 'Why will it not be done?',
        reasonRequired: 'Say why',
        confirm: 'Save',
        failed: 'The status did not change: {{message}}',
      },
      knownErrorReady: {
        message:
          '“{{title}}” was the last open action item for {{knownError}}. If its permanent fix is in place, mark it fixed.',
        markFixed: 'Mark {{number}} fixed',
        dismiss: 'Not now',
        fixed: '{{number}} is marked fixed.',
        failed: 'The known error was not changed: {{message}}',
      },
      knownErrorPicker: {
        noOptions: 'No matching known error',
        loading: 'Searching the known errors…',
      },
      teamTab: {
        title: 'Action items of {{team}}',
        intro:
          'The action items {{team}} owns, from every postmortem: overdue first, then by due date.',
        status: 'Status',
        overdueOnly: 'Only overdue',
        loadError: 'Could not load the action items',
        empty: 'No action item to do for {{team}}.',
        emptyFiltered: 'No action item matches these filters.',
        emptyDescription:
          'Action items come from postmortems: each is owned by a team and due by a date (8 weeks unless agreed otherwise). When a postmortem adds one for {{team}}, it is listed here, and its members are reminded before it is due.',
        liveUpdates:
          'This tab updates itself when an incident’s postmortem or action items change.',
      },
      entityTab: {
        title: 'Action items from incidents on {{entity}}',
        intro:
          'The action items of the postmortems of incidents on {{entity}}: overdue first, then by due date.',
        empty: 'No action item to do for incidents on {{entity}}.',
        emptyDescription:
          'Action items come from postmortems: when a postmortem of an incident on {{entity}} adds one, it is listed here with the team that owns it and its due date.',
      },
    },
    actionItemSlo: {
      title: 'Action items done on time',
      help: 'Among the action items whose due date has passed, the share done by it; and those still open past it now. The target: significant mitigations done within 8 weeks.',
      share: 'Done on time',
      due: 'Due',
      doneByDueDay: 'Done by the due date',
      openOverdue: 'Open and overdue',
      noValue: 'Nothing due',
      overall: 'All action items',
      period: 'Period',
      team: 'Team',
      service: 'Service',
      byTeamCaption: 'Action items done on time, by owner team',
      byServiceCaption: 'Action items done on time, by affected service',
      trendCaption:
        'Action items done on time, per {{bucket}} of their due date',
      description:
        'The share of action items done by their due date per {{bucket}}, and the open overdue ones.',
      noneDue: 'No action item was due in this period yet.',
      loadError: 'Could not load the action items’ completion',
      loading: 'Loading the action items’ completion',
    },
    metricsPage: {
      title: 'Incident metrics',
      subtitle: 'Time to detect and time to recover across the organisation',
      sidebar: 'Incident metrics',
      link: 'Metrics',
      allIncidents: 'All incidents',
      rangeHint:
        'The last 12 months unless you choose other dates; clear the filters to see every incident.',
    },
    confirmations: {
      status: 'Status changed to {{status}}',
      role: '{{role}} assigned',
      details: 'Details saved',
      timeline: '{{kind}} added to the timeline',
      knownError: {
        link: '{{number}} linked to this incident',
        unlink: '{{number}} unlinked from this incident',
        status: 'Known error status changed to {{status}}',
      },
      postmortem: 'Postmortem is now: {{status}}',
      actionItem: 'Action item is now: {{status}}',
    },
    teamTab: {
      activeTitle: 'Active incidents on what {{team}} owns',
      noActive: 'No active incident on what {{team}} owns.',
      historyTitle: 'Past incidents on what {{team}} owns',
      noPast: 'No past incident on what {{team}} owns.',
      allIncidents: 'All incidents of {{team}}',
      loadError: 'Could not load the incidents of this team',
      metricsIntro:
        'Incidents on the services, systems, APIs and resources {{team}} owned when each incident was declared.',
      sloIntro: 'The action items {{team}} owns, from every postmortem.',
    },
    timeline: {
      title: 'Timeline',
      empty: 'Nothing on the timeline yet.',
      newestFirst: 'Newest first',
      by: 'by {{user}}',
      corrects: 'Corrects an earlier entry',
      inSlack: 'Message in Slack',
      kinds: {
        note: 'Note',
        decision: 'Decision',
        action: 'Action',
        'status-update': 'Status update',
        declared: 'Declared',
        'status-changed': 'Status changed',
        'severity-changed': 'Severity changed',
        'role-assigned': 'Role assigned',
        'field-changed': 'Field changed',
        'milestone-changed': 'Milestone changed',
        'workspace-step-succeeded': 'Workspace step done',
        'workspace-step-retrying': 'Workspace step retrying',
        'workspace-step-failed': 'Workspace step failed',
        'workspace-steps-retried': 'Workspace steps retried',
        'known-error-linked': 'Known error linked',
        'known-error-unlinked': 'Known error unlinked',
        'postmortem-status-changed': 'Postmortem status changed',
        'action-item-added': 'Action item added',
        'action-item-status-changed': 'Action item status changed',
        other: 'Event',
      },
      auto: {
        declaredLive: 'Declared a {{severity}} incident affecting {{entities}}',
        declaredRetrospective:
          'Recorded a past {{severity}} incident affecting {{entities}}',
        declaredLiveUnassessed:
          'Declared an incident affecting {{entities}}, severity to be assessed',
        declaredRetrospectiveUnassessed:
          'Recorded a past incident affecting {{entities}}, severity to be assessed',
        statusChanged: 'Changed the status from {{from}} to {{to}}',
        severityChanged: 'Changed the severity from {{from}} to {{to}}',
        roleAssigned: '{{to}} is now {{role}}',
        roleAssignedFrom: '{{to}} is now {{role}}, taking over from {{from}}',
        handoffNote: 'Handoff note: {{note}}',
        fieldChanged: 'Changed the {{field}}',
        milestoneChanged: 'Changed “{{field}}” from {{from}} to {{to}}',
        stepSucceeded: '{{step}}: done',
        stepRetrying: '{{step}}: {{error}}. Retrying automatically.',
        stepFailed:
          '{{step}} failed: {{error}}. Use “Retry failed steps” once it is fixed.',
        stepsRetried: 'Retried: {{steps}}',
        knownErrorLinked: 'Linked the known error {{knownError}}',
        knownErrorUnlinked: 'Unlinked the known error {{knownError}}',
        postmortemLink: 'the postmortem',
        postmortemSubmitted: 'Submitted {{postmortem}} for review',
        postmortemApproved: 'Approved {{postmortem}}',
        postmortemSentBack: 'Sent {{postmortem}} back to draft',
        postmortemReopened: 'Reopened {{postmortem}}',
        postmortemComment: 'Comment: {{comment}}',
        actionItemAdded: 'Added the action item {{item}} for {{owner}}',
        actionItemStatusChanged:
          'Moved the action item {{item}} from {{from}} to {{to}}',
      },
      fields: {
        title: 'title',
        description: 'description',
        summary: 'summary',
        impact: 'impact',
      },
      form: {
        title: 'Add to the timeline',
        kindLabel: 'Kind of entry',
        bodyLabel: 'What happened',
        bodyHelp: 'Markdown is supported.',
        submit: 'Add',
        failed: 'The entry was not added: {{message}}',
        statusUpdateIntro:
          'Follow the pattern: a 1-2 sentence summary, 2-4 bullets of current status, 2-4 bullets of next steps, and when the next update comes.',
        summaryLabel: 'Summary of the current state and impact',
        summaryHelp: '1-2 sentences',
        currentStatusLabel: 'Current status',
        nextStepsLabel: 'Next steps',
        bulletsHelp: '2-4 points, one per line',
        nextUpdateLabel: 'When and where will the next update be?',
        checklistTitle: 'Before sending, check that the update answers:',
        checklist: {
          impact: 'Have we described the actual impact on customers?',
          affected:
            'Did we say how many internal and external customers are affected?',
          rootCause: 'If the root cause is known, what is it?',
          eta: 'If there is an ETA for restoration, what is it?',
          nextUpdate: 'When and where will the next update be?',
        },
        unknownsHint:
          'Be explicit about unknowns: “the root cause is currently unknown” is better than saying nothing.',
        composedCurrentStatus: 'Current status',
        composedNextSteps: 'Next steps',
        composedNextUpdate: 'Next update:',
      },
    },
    search: {
      kinds: {
        incident: 'Incident',
        knownError: 'Known error',
        postmortem: 'Postmortem',
      },
      severity: 'Severity: {{severity}}',
      severityUnassessed: 'Severity to be assessed',
      entity: 'Affects {{entity}}',
      declared: 'Declared {{date}}',
      updated: 'Updated {{date}}',
    },
  },
});
