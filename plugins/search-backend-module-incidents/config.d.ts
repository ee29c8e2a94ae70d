import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  search?: {
    collators?: {
      /**
       * Incident Response for Backstage's search module: incidents, known errors and
       * postmortems.
       */
      incidents?: {
        /**
         * When the three collators read the incidents plugin: every 10 minutes by
         * default, at most 15 minutes each, the first 3 seconds after the backend starts.
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        /**
         * Where the app mounts the incidents plugin's `IncidentsPage`: results link to
         * `<incidentsPath>/INC-12` and `<incidentsPath>/INC-12/postmortem`. Defaults to
         * `/incidents`.
         */
        incidentsPath?: string;
        /**
         * Where the app mounts the `KnownErrorsPage`: results link to
         * `<knownErrorsPath>/KE-3`. Defaults to `/known-errors`.
         */
        knownErrorsPath?: string;
      };
    };
  };
}
