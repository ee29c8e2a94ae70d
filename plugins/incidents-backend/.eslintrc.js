/**
 * The backend's folders are layers: each one may import only from the folders listed
 * after it (README, "Code layout"). Tests and `__testUtils__` exercise the whole plugin
 * and are exempt.
 */
const LAYERS = [
  ['./src/plugin.ts', './src/buildIncidentsContext.ts', './src/router.ts'],
  ['./src/slackInbound'],
  ['./src/workspace'],
  ['./src/postmortems'],
  ['./src/incidents'],
  ['./src/knownErrors'],
  ['./src/metrics'],
  ['./src/listeners'],
  ['./src/catalog'],
  ['./src/integrations'],
  ['./src/database'],
  ['./src/lib'],
  ['./src/schema'],
];

const zones = [
  ...LAYERS.flatMap((layer, index) =>
    index === 0
      ? []
      : layer.map(target => ({
          target,
          from: LAYERS.slice(0, index).flat(),
          message: 'Imports go down the layers of the Code layout (README).',
        })),
  ),
  {
    // The workspace reacts to incidents and postmortems through their Reactions, not by calling them.
    target: './src/workspace',
    from: [
      './src/incidents/IncidentsService.ts',
      './src/incidents/incidentRoutes.ts',
      './src/postmortems/PostmortemsService.ts',
      './src/postmortems/postmortemRoutes.ts',
    ],
    message:
      'The workspace does not call the incident or postmortem use cases or routes.',
  },
];

module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.js', '.json'] } },
  },
  rules: {
    'import/no-restricted-paths': ['error', { zones }],
    'jest/expect-expect': [
      'warn',
      {
        assertFunctionNames: ['expect', 'expectRejected', 'request.**.expect'],
      },
    ],
  },
  overrides: [
    {
      files: ['**/*.test.ts', 'src/__testUtils__/**'],
      rules: { 'import/no-restricted-paths': 'off' },
    },
  ],
});
