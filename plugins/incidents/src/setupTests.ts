import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Whole pages with Material UI tables render slowly on small CI machines.
configure({ asyncUtilTimeout: 5000 });
