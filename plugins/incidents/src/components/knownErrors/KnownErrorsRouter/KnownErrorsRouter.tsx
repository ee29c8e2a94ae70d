import { Route, Routes, useParams } from 'react-router-dom';
import { isKnownErrorReference } from '../../../lib/incidentReference';
import { knownErrorRouteRef } from '../../../routes';
import { KnownErrorNotFoundPage, KnownErrorPage } from '../KnownErrorPage';
import { KnownErrorsListPage } from '../KnownErrorsListPage';

/** A known error's page when the segment names one; the unknown one's otherwise. */
function KnownErrorRoute() {
  const { id = '' } = useParams();
  return isKnownErrorReference(id) ? (
    <KnownErrorPage />
  ) : (
    <KnownErrorNotFoundPage reference={id} />
  );
}

/** Any deeper path: it names no known error either. */
function OtherRoute() {
  const { '*': rest = '' } = useParams();
  return <KnownErrorNotFoundPage reference={rest} />;
}

/**
 * The known-error database's pages: the list with search and filters at the mount
 * point (`/known-errors`) and each known error (`/known-errors/KE-7` or its id).
 *
 * @public
 */
export function KnownErrorsRouter() {
  return (
    <Routes>
      <Route path="/" element={<KnownErrorsListPage />} />
      <Route path={knownErrorRouteRef.path} element={<KnownErrorRoute />} />
      <Route path="*" element={<OtherRoute />} />
    </Routes>
  );
}
