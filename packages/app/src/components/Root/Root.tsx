import { PropsWithChildren } from 'react';
import { makeStyles } from '@material-ui/core';
import HomeIcon from '@material-ui/icons/Home';
import ExtensionIcon from '@material-ui/icons/Extension';
import { SkipToContentLink, useFocusAfterNavigation } from '../MainContent';
import LogoFull from './LogoFull';
import LogoIcon from './LogoIcon';
import {
  Settings as SidebarSettings,
  UserSettingsSignInAvatar,
} from '@backstage/plugin-user-settings';
import { SidebarSearchModal } from '@backstage/plugin-search';
import {
  Sidebar,
  sidebarConfig,
  SidebarDivider,
  SidebarGroup,
  SidebarItem,
  SidebarPage,
  SidebarScrollWrapper,
  SidebarSpace,
  useSidebarOpenState,
  Link,
} from '@backstage/core-components';
import MenuIcon from '@material-ui/icons/Menu';
import SearchIcon from '@material-ui/icons/Search';
import { MyGroupsSidebarItem } from '@backstage/plugin-org';
import GroupIcon from '@material-ui/icons/People';
import NotificationsIcon from '@material-ui/icons/Notifications';
import { NotificationsSidebarItem } from '@backstage/plugin-notifications';
import {
  IncidentMetricsSidebarItem,
  IncidentsSidebarItem,
  KnownErrorsSidebarItem,
} from '@incident-response/backstage-plugin-incidents';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { appTranslationRef } from '../../translation';

const useSidebarLogoStyles = makeStyles({
  root: {
    width: sidebarConfig.drawerWidthClosed,
    height: 3 * sidebarConfig.logoHeight,
    display: 'flex',
    flexFlow: 'row nowrap',
    alignItems: 'center',
    marginBottom: -14,
  },
  link: {
    width: sidebarConfig.drawerWidthClosed,
    marginLeft: 24,
  },
});

const SidebarLogo = () => {
  const classes = useSidebarLogoStyles();
  const { isOpen } = useSidebarOpenState();
  const { t } = useTranslationRef(appTranslationRef);

  return (
    <div className={classes.root}>
      <Link
        to="/"
        underline="none"
        className={classes.link}
        aria-label={t('sidebar.home')}
      >
        {isOpen ? <LogoFull /> : <LogoIcon />}
      </Link>
    </div>
  );
};

export const Root = ({ children }: PropsWithChildren<{}>) => {
  const { t } = useTranslationRef(appTranslationRef);
  useFocusAfterNavigation();
  return (
    <>
      <SkipToContentLink />
      <SidebarPage>
        <Sidebar>
          <SidebarLogo />
          <SidebarGroup
            label={t('sidebar.search')}
            icon={<SearchIcon />}
            to="/search"
          >
            <SidebarSearchModal />
          </SidebarGroup>
          <SidebarDivider />
          <SidebarGroup label={t('sidebar.menu')} icon={<MenuIcon />}>
            {/* Global nav, not org-specific */}
            <SidebarItem
              icon={HomeIcon}
              to="catalog"
              text={t('sidebar.catalog')}
            />
            <MyGroupsSidebarItem
              singularTitle={t('sidebar.myGroup')}
              pluralTitle={t('sidebar.myGroups')}
              icon={GroupIcon}
            />
            <SidebarItem
              icon={ExtensionIcon}
              to="api-docs"
              text={t('sidebar.apis')}
            />
            <IncidentsSidebarItem />
            <IncidentMetricsSidebarItem />
            <KnownErrorsSidebarItem />
            {/* End global nav */}
            <SidebarDivider />
            <SidebarScrollWrapper>
              {/* Items in this group will be scrollable if they run out of space */}
            </SidebarScrollWrapper>
          </SidebarGroup>
          <SidebarSpace />
          <SidebarDivider />
          <NotificationsSidebarItem
            // Backstage's own item is named "Notifications" while it also shows the
            // unread count; what is seen must be in the name (WCAG 2.5.3).
            renderItem={({ unreadCount, to, onClick }) => (
              <SidebarItem
                to={to}
                onClick={onClick}
                icon={NotificationsIcon}
                text={
                  unreadCount
                    ? t('sidebar.notificationsUnread', { count: unreadCount })
                    : t('sidebar.notifications')
                }
              />
            )}
          />
          <SidebarDivider />
          <SidebarGroup
            label={t('sidebar.settings')}
            icon={<UserSettingsSignInAvatar />}
            to="/settings"
          >
            <SidebarSettings />
          </SidebarGroup>
        </Sidebar>
        {children}
      </SidebarPage>
    </>
  );
};
