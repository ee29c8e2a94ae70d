import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import DescriptionIcon from '@material-ui/icons/Description';
import ForumIcon from '@material-ui/icons/Forum';
import VideocamIcon from '@material-ui/icons/Videocam';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { WorkspaceStep } from '@incident-response/backstage-plugin-incidents-common';
import { ReactNode } from 'react';
import { incidentsTranslationRef } from '../../../translation';
import { ExternalLink, OpensInNewTab } from '../../shared';
import { WORKSPACE_SETUP_DOCS_URL } from '../workspaceSetUpDocs';
import { isWorkspaceNotSetUp, workspaceLinks } from '../workspaceSteps';

const useStyles = makeStyles(theme => ({
  links: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
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
 * The incident's Slack channel, Meet and postmortem document, for the top of its page,
 * as soon as each exists; one line with the way to set them up when this Backstage has
 * neither Slack nor Google Workspace configured; nothing while none is made yet.
 */
export function WorkspaceQuickLinks(props: WorkspaceQuickLinksProps) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const links = workspaceLinks(props.steps);
  if (isWorkspaceNotSetUp(props.steps)) {
    return (
      <Typography variant="body2">
        {t('workspace.notSetUp')}{' '}
        <ExternalLink href={WORKSPACE_SETUP_DOCS_URL}>
          {t('workspace.skipped.setUpLink')}
        </ExternalLink>
      </Typography>
    );
  }
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
