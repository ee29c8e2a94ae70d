import { Route, Routes } from 'react-router-dom';
import { IncidentPage } from '../IncidentPage';
import { IncidentsListPage } from './IncidentsListPage';

/**
 * The incidents pages: the list at the mount point and each incident below it
 * (`/incidents/INC-42`).
 *
 * @public
 */
export function IncidentsRouter() {
  return (
    <Routes>
      <Route path="/" element={<IncidentsListPage />} />
      <Route path="/:id" element={<IncidentPage />} />
    </Routes>
  );
}
