import { Route, Routes } from 'react-router-dom';
import { IncidentMetricsPage } from '../../metrics';
import { IncidentPage } from '../../incidentPage';
import { IncidentsListPage } from '../IncidentsListPage';

/**
 * The incidents pages: the list at the mount point, the organisation's metrics
 * (`/incidents/metrics`) and each incident (`/incidents/INC-42`).
 *
 * @public
 */
export function IncidentsRouter() {
  return (
    <Routes>
      <Route path="/" element={<IncidentsListPage />} />
      {/* A static segment outranks /:id, and no incident is called "metrics". */}
      <Route path="/metrics" element={<IncidentMetricsPage />} />
      <Route path="/:id" element={<IncidentPage />} />
    </Routes>
  );
}
