import { AppTheme } from '@backstage/core-plugin-api';
import {
  createUnifiedTheme,
  palettes,
  UnifiedThemeOptions,
  UnifiedThemeProvider,
} from '@backstage/theme';
import DarkIcon from '@material-ui/icons/Brightness2';
import LightIcon from '@material-ui/icons/WbSunny';

/**
 * Placeholders in the secondary text colour: Material UI draws them at 42% of the text
 * colour in a light theme and 50% in a dark one (2.5:1 and 3.9:1 on a card, under
 * WCAG's 4.5:1), and some say what to type, such as the date fields' format.
 */
const components: UnifiedThemeOptions['components'] = {
  MuiInputBase: {
    styleOverrides: {
      input: ({ theme }) => ({
        '&::placeholder': { color: theme.palette.text.secondary, opacity: 1 },
      }),
    },
  },
};

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
  components,
});

/** Backstage's dark theme with readable placeholders. */
export const darkTheme = createUnifiedTheme({
  palette: palettes.dark,
  components,
});

/** The demo's themes: Backstage's, made readable (see `lightTheme`, `components`). */
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
      <UnifiedThemeProvider theme={darkTheme}>{children}</UnifiedThemeProvider>
    ),
  },
];
