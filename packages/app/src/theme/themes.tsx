import { AppTheme } from '@backstage/core-plugin-api';
import {
  createUnifiedTheme,
  palettes,
  themes as backstageThemes,
  UnifiedThemeProvider,
} from '@backstage/theme';
import DarkIcon from '@material-ui/icons/Brightness2';
import LightIcon from '@material-ui/icons/WbSunny';

/**
 * Backstage's light theme with secondary text dark enough to read on its grey page
 * background: Material UI's 54% black is 4.47:1 there, under WCAG's 4.5:1, and every
 * field label, caption and hint of Backstage's and the plugins' pages uses it.
 */
export const lightTheme = createUnifiedTheme({
  palette: {
    ...palettes.light,
    text: { secondary: 'rgba(0, 0, 0, 0.62)' },
  },
});

/** The demo's themes: Backstage's, with the light one readable (see `lightTheme`). */
export const themes: AppTheme[] = [
  {
    id: 'light',
    title: 'Light Theme',
    variant: 'light',
    icon: <LightIcon />,
    Provider: ({ children }) => (
      <UnifiedThemeProvider theme={lightTheme}>{children}</UnifiedThemeProvider>
    ),
  },
  {
    id: 'dark',
    title: 'Dark Theme',
    variant: 'dark',
    icon: <DarkIcon />,
    Provider: ({ children }) => (
      <UnifiedThemeProvider theme={backstageThemes.dark}>
        {children}
      </UnifiedThemeProvider>
    ),
  },
];
