module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  overrides: [
    {
      // The tests collate from the real incidents backend plugin, which the module
      // itself only reaches over HTTP.
      files: ['**/*.test.ts', 'src/__testUtils__/**'],
      rules: { '@backstage/no-mixed-plugin-imports': 'off' },
    },
  ],
});
