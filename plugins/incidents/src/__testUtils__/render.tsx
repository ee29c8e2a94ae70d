import { Entity } from '@backstage/catalog-model';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { SignalApi, signalApiRef } from '@backstage/plugin-signals-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { RenderResult } from '@testing-library/react';
import { ReactElement } from 'react';
import {
  IncidentChangedSignal,
  INCIDENTS_SIGNAL_CHANNEL,
  KnownErrorChangedSignal,
} from '@incident-response/backstage-plugin-incidents-common';
import {
  IncidentsApi,
  incidentsApiRef,
  KnownErrorsApi,
  knownErrorsApiRef,
  PostmortemsApi,
  postmortemsApiRef,
} from '../api';
import { knownErrorsRouteRef, rootRouteRef } from '../routes';
import { fakeCatalogApi } from './fakeCatalogApi';
import { languageApis, TestLanguage } from './language';
import {
  mockIncidentsApi,
  mockKnownErrorsApi,
  mockPostmortemsApi,
  testEntities,
} from './fixtures';

type JsonObject = Parameters<Parameters<SignalApi['subscribe']>[1]>[0];

/** A signals API the test can push messages through. */
export function fakeSignalApi(): SignalApi & {
  /** What the backend publishes when an incident changes. */
  incidentChanged(
    change: Pick<IncidentChangedSignal, 'incidentId' | 'entityRefs'> &
      Partial<Pick<IncidentChangedSignal, 'number' | 'ownerRefs'>>,
  ): void;
  /** What the backend publishes when a known error changes. */
  knownErrorChanged(
    change: Pick<KnownErrorChangedSignal, 'knownErrorId'> &
      Partial<Pick<KnownErrorChangedSignal, 'incidentIds'>>,
  ): void;
} {
  const subscribers = new Map<string, Set<(message: JsonObject) => void>>();
  const emit = (channel: string, message: JsonObject) =>
    subscribers.get(channel)?.forEach(onMessage => onMessage(message));
  return {
    subscribe(channel, onMessage) {
      const set = subscribers.get(channel) ?? new Set();
      set.add(onMessage as (message: JsonObject) => void);
      subscribers.set(channel, set);
      return {
        unsubscribe: () => set.delete(onMessage as (m: JsonObject) => void),
      };
    },
    incidentChanged(change) {
      const signal: IncidentChangedSignal = {
        type: 'incident-changed',
        number: 'INC-99',
        ownerRefs: [],
        ...change,
      };
      emit(INCIDENTS_SIGNAL_CHANNEL, signal);
    },
    knownErrorChanged(change) {
      const signal: KnownErrorChangedSignal = {
        type: 'known-error-changed',
        incidentIds: [],
        ...change,
      };
      emit(INCIDENTS_SIGNAL_CHANNEL, signal);
    },
  };
}

/**
 * Renders inside a test app with the incidents, known errors and postmortems APIs, the in-memory demo catalog,
 * permissions (allowed unless `permission` says otherwise) and, when given, an entity,
 * a signals API and the user's language. The incidents page, the known errors page and
 * catalog entity pages are mounted, so links resolve.
 */
export async function renderWithApis(
  element: ReactElement,
  options: {
    api?: jest.Mocked<IncidentsApi>;
    knownErrorsApi?: jest.Mocked<KnownErrorsApi>;
    postmortemsApi?: jest.Mocked<PostmortemsApi>;
    entity?: Entity;
    permission?: ReturnType<typeof mockApis.permission>;
    signals?: SignalApi;
    routeEntries?: string[];
    /** The user's language: English unless `fr`. */
    language?: TestLanguage;
  } = {},
): Promise<
  RenderResult & {
    api: jest.Mocked<IncidentsApi>;
    knownErrorsApi: jest.Mocked<KnownErrorsApi>;
    postmortemsApi: jest.Mocked<PostmortemsApi>;
  }
> {
  const api = options.api ?? mockIncidentsApi();
  const knownErrorsApi = options.knownErrorsApi ?? mockKnownErrorsApi();
  const postmortemsApi = options.postmortemsApi ?? mockPostmortemsApi();
  const content = options.entity ? (
    <EntityProvider entity={options.entity}>{element}</EntityProvider>
  ) : (
    element
  );
  const apis: any[] = [
    [incidentsApiRef, api],
    [knownErrorsApiRef, knownErrorsApi],
    [postmortemsApiRef, postmortemsApi],
    [catalogApiRef, fakeCatalogApi(testEntities)],
    [permissionApiRef, options.permission ?? mockApis.permission()],
  ];
  if (options.signals) {
    apis.push([signalApiRef, options.signals]);
  }
  if (options.language) {
    apis.push(...languageApis(options.language));
  }
  const rendered = await renderInTestApp(
    <TestApiProvider apis={apis as any}>{content}</TestApiProvider>,
    {
      mountedRoutes: {
        '/incidents': rootRouteRef,
        '/known-errors': knownErrorsRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
      routeEntries: options.routeEntries,
    },
  );
  return { ...rendered, api, knownErrorsApi, postmortemsApi };
}
