const noLiteralStrings = require('../../eslint/noLiteralStrings');

module.exports = require('@backstage/cli/config/eslint-factory')(
  __dirname,
  noLiteralStrings,
);
