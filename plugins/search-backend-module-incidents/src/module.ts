import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { IncidentCollatorFactory } from './collators/IncidentCollatorFactory';
import { KnownErrorCollatorFactory } from './collators/KnownErrorCollatorFactory';
import { PostmortemCollatorFactory } from './collators/PostmortemCollatorFactory';
import { readCollatorSchedule } from './schedule';

/**
 * A module of the search plugin that indexes Incident Response for Backstage:
 * incidents (`incident`), known errors (`known-error`) and postmortems
 * (`postmortem`), read from the incidents plugin's API with the search plugin's service
 * credentials, on the schedule `search.collators.incidents.schedule` (every 10 minutes by
 * default). Security incidents and their postmortems are never indexed.
 *
 * @public
 */
export const searchModuleIncidentsCollators = createBackendModule({
  pluginId: 'search',
  moduleId: 'incidents-collators',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        scheduler: coreServices.scheduler,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        indexRegistry: searchIndexRegistryExtensionPoint,
      },
      async init({ config, scheduler, auth, discovery, indexRegistry }) {
        const schedule = readCollatorSchedule(config);
        for (const factory of [
          IncidentCollatorFactory.fromConfig(config, { auth, discovery }),
          KnownErrorCollatorFactory.fromConfig(config, { auth, discovery }),
          PostmortemCollatorFactory.fromConfig(config, { auth, discovery }),
        ]) {
          indexRegistry.addCollator({
            schedule: scheduler.createScheduledTaskRunner(schedule),
            factory,
          });
        }
      },
    });
  },
});
