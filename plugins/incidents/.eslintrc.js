/**
 * The frontend's folders are layers: each one may import only from the layers listed
 * after it (README, "Code layout"). The component areas come in the order their pages
 * compose them: the lists' router mounts the incident page and the metrics page, the
 * incident page holds the postmortem tab, the timeline, the known errors panel and the
 * workspace panel, the postmortem tab writes its timeline with the timeline's renderers,
 * picks known errors and shows the action-item SLO, the timeline shows the known
 * errors' and the workspace's entries, and every area uses the shared widgets. The
 * search results stand apart, above them all: they show the chips of incidents, known
 * errors and postmortems.
 */
const noLiteralStrings = require('../../eslint/noLiteralStrings');

const LAYERS = [
  ['./src/index.ts', './src/plugin.ts', './src/alpha'],
  ['./src/components/search'],
  ['./src/components/incidentLists'],
  ['./src/components/incidentPage'],
  ['./src/components/postmortems'],
  ['./src/components/timeline'],
  ['./src/components/knownErrors'],
  ['./src/components/workspace'],
  ['./src/components/metrics'],
  ['./src/components/shared'],
  ['./src/hooks'],
  ['./src/api'],
  ['./src/lib'],
  ['./src/translations'],
  ['./src/translation.ts'],
  ['./src/routes.ts', './src/isIncidentsAvailable.ts'],
];

const zones = LAYERS.flatMap((layer, index) =>
  index === 0
    ? []
    : layer.map(target => ({
        target,
        from: LAYERS.slice(0, index).flat(),
        message: 'Imports go down the layers of the Code layout (README).',
      })),
);

module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  ...noLiteralStrings,
  settings: {
    // The rule compares resolved files, so the TypeScript imports must resolve.
    'import/resolver': {
      node: { extensions: ['.ts', '.tsx', '.js', '.jsx', '.json'] },
    },
  },
  rules: {
    ...noLiteralStrings.rules,
    'import/no-restricted-paths': ['error', { basePath: __dirname, zones }],
  },
});
