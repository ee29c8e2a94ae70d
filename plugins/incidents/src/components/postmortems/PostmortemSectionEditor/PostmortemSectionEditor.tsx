import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import ButtonGroup from '@material-ui/core/ButtonGroup';
import Chip from '@material-ui/core/Chip';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { PostmortemSection } from '@incident-response/backstage-plugin-incidents-common';
import { useState } from 'react';
import { incidentsTranslationRef } from '../../../translation';
import { SafeMarkdown } from '../../shared';
import { usePostmortemPresentation } from '../../../hooks/usePostmortemPresentation';

/** @public */
export type PostmortemSectionEditorProps = {
  section: PostmortemSection;
  /** The text as the user sees it (their draft, or the saved one). */
  text: string;
  /** Whether it can be changed (a draft, by someone allowed to). */
  editable: boolean;
  /** One of the sections a postmortem needs before review. */
  neededForReview: boolean;
  /** The problem with the text, in words (too long). */
  problem?: string;
  /** Someone else's version, when both changed the section. */
  theirs?: string;
  onChange(text: string): void;
};

/**
 * One section of the postmortem: its name and the handbook's help, the Markdown as
 * written with a preview of how it reads, and, when someone else changed it meanwhile,
 * their version under the user's own, which stays in the field.
 *
 * @public
 */
export function PostmortemSectionEditor(props: PostmortemSectionEditorProps) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const { sectionLabel, sectionHelp } = usePostmortemPresentation();
  const [preview, setPreview] = useState(false);
  const { section } = props;
  const id = `postmortem-section-${section}`;
  const label = sectionLabel(section);
  const rendered = props.text.trim() ? (
    <SafeMarkdown content={props.text} />
  ) : (
    <Typography variant="body2" color="textSecondary">
      {t('postmortems.editor.empty')}
    </Typography>
  );

  return (
    <Box component="section" aria-labelledby={`${id}-heading`} marginBottom={3}>
      <Box display="flex" alignItems="center" flexWrap="wrap" gridGap={8}>
        <Typography variant="h6" component="h3" id={`${id}-heading`}>
          {label}
        </Typography>
        {props.neededForReview && (
          <Chip size="small" label={t('postmortems.editor.neededForReview')} />
        )}
        {props.editable && (
          <ButtonGroup
            size="small"
            role="group"
            aria-label={t('postmortems.editor.modes', { section: label })}
            style={{ marginLeft: 'auto' }}
          >
            <Button
              aria-pressed={!preview}
              variant={preview ? 'outlined' : 'contained'}
              onClick={() => setPreview(false)}
            >
              {t('postmortems.editor.write')}
            </Button>
            <Button
              aria-pressed={preview}
              variant={preview ? 'contained' : 'outlined'}
              onClick={() => setPreview(true)}
            >
              {t('postmortems.editor.preview')}
            </Button>
          </ButtonGroup>
        )}
      </Box>
      <Typography variant="body2" color="textSecondary" id={`${id}-help`}>
        {sectionHelp(section)}
      </Typography>
      <Box marginTop={1}>
        {props.editable && !preview ? (
          <TextField
            id={id}
            value={props.text}
            onChange={e => props.onChange(e.target.value)}
            inputProps={{
              'aria-label': label,
              'aria-describedby': `${id}-help`,
            }}
            error={!!props.problem}
            helperText={props.problem}
            multiline
            minRows={3}
            fullWidth
            variant="outlined"
          />
        ) : (
          rendered
        )}
      </Box>
      {props.theirs !== undefined && (
        <Box marginTop={1}>
          <Alert severity="warning" icon={false} role="note">
            <AlertTitle>{t('postmortems.editor.theirVersion')}</AlertTitle>
            {props.theirs.trim() ? (
              <SafeMarkdown content={props.theirs} />
            ) : (
              t('postmortems.editor.empty')
            )}
          </Alert>
        </Box>
      )}
    </Box>
  );
}
