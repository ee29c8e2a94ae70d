import Button from '@material-ui/core/Button';
import { makeStyles } from '@material-ui/core/styles';
import DescriptionIcon from '@material-ui/icons/Description';
import ForumIcon from '@material-ui/icons/Forum';
import VideocamIcon from '@material-ui/icons/Videocam';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { WorkspaceStep } from '@incident-response/backstage-plugin-incidents-common';
import { ReactNode } from 'react';
import { incidentsTranslationRef } from '../../../translation';
import { OpensInNewTab } from '../../shared';
import { workspaceLinks } from '../workspaceSteps';

const useStyles = makeStyles(theme => ({
  links: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    marginTop: theme.spacing(2),
  },
  label: { textTransform: 'none' },
}));

function QuickLink(props: { href: string; icon: ReactNode; label: string }) {
  const classes = useStyles();
  return (
    <Button
      variant="outlined"
      color="primary"
      href={props.href}
      target="_blank"
      rel="noopener noreferrer"
      startIcon={props.icon}
      classes={{ label: classes.label }}
    >
      {props.label}
      <OpensInNewTab />
    </Button>
  );
}

/** @public */
export type WorkspaceQuickLinksProps = { steps: WorkspaceStep[] };

/**
 * The incident's Slack channel, Meet and postmortem document, for the page header, as
 * soon as each exists. Nothing when none does (not configured, or not made yet).
 */
export function WorkspaceQuickLinks(props: WorkspaceQuickLinksProps) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const links = workspaceLinks(props.steps);
  if (!links.channel && !links.meet && !links.doc) {
    return null;
  }
  return (
    <div
      className={classes.links}
      role="group"
      aria-label={t('workspace.quickLinks.label')}
    >
      {links.channel && (
        <QuickLink
          href={links.channel.url}
          icon={<ForumIcon />}
          label={
            links.channel.name
              ? t('workspace.quickLinks.channel', {
                  channel: links.channel.name,
                })
              : t('workspace.quickLinks.channelUnnamed')
          }
        />
      )}
      {links.meet && (
        <QuickLink
          href={links.meet.url}
          icon={<VideocamIcon />}
          label={t('workspace.quickLinks.meet')}
        />
      )}
      {links.doc && (
        <QuickLink
          href={links.doc.url}
          icon={<DescriptionIcon />}
          label={t('workspace.quickLinks.doc')}
        />
      )}
    </div>
  );
}
