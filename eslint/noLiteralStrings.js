/**
 * Every word a user sees comes from a translation: ESLint fails on text written
 * straight into a component, as JSX text or as a user-facing prop (label, title,
 * aria-label, placeholder, …). Tests, fixtures and dev pages may write text.
 * Used by the frontend plugin's and the demo app's ESLint configs.
 */
const USER_FACING_PROPS = [
  'label',
  'title',
  'subtitle',
  'subheader',
  'placeholder',
  'alt',
  'helperText',
  'text',
  'caption',
  'tooltip',
  'singularTitle',
  'pluralTitle',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
];

const PROP = `JSXAttribute[name.name=/^(${USER_FACING_PROPS.join('|')})$/]`;
const WORDS = 'Literal[value=/[A-Za-zÀ-ÿ]/]';
const TEMPLATE_WORDS = 'TemplateElement[value.cooked=/[A-Za-zÀ-ÿ]/]';
// An expression's value, directly or as a branch of `a ? b : c`, `a || b`, `a ?? b`.
const valueOf = container =>
  `:matches(${container}, ${container} > ConditionalExpression, ${container} > LogicalExpression)`;
const PROP_VALUE = valueOf(`${PROP} > JSXExpressionContainer`);
const CHILD_VALUE = valueOf(
  ':matches(JSXElement, JSXFragment) > JSXExpressionContainer',
);
const MESSAGE =
  'Text a user sees comes from a translation (t(...)), not a literal.';

module.exports = {
  rules: {
    'react/jsx-no-literals': [
      'error',
      {
        noStrings: true,
        ignoreProps: true,
        // Punctuation between translated parts.
        allowedStrings: [
          '·',
          '•',
          '—',
          '–',
          '-',
          '/',
          '(',
          ')',
          '+',
          '…',
          '|',
          ',',
          // A value that is not known, in every language.
          '?',
        ],
      },
    ],
  },
  // Backstage's React config sets no-restricted-syntax for .tsx files in an override
  // of its own, so these selectors need one too (it replaces that one's warnings about
  // React default imports, which TypeScript's jsx setting already makes unnecessary).
  overrides: [
    {
      files: ['src/**/*.{ts,tsx}'],
      excludedFiles: ['**/*.test.*', '**/__testUtils__/**', 'src/setupTests.*'],
      rules: {
        'no-restricted-syntax': [
          'error',
          { selector: `${PROP} > ${WORDS}`, message: MESSAGE },
          ...[PROP_VALUE, CHILD_VALUE].map(value => ({
            selector: `${value} > ${WORDS}, ${value} > TemplateLiteral > ${TEMPLATE_WORDS}`,
            message: MESSAGE,
          })),
        ],
      },
    },
  ],
  testRules: {
    'react/jsx-no-literals': 'off',
  },
};
