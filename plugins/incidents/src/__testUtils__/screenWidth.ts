/**
 * Makes every media query (Material UI's `useMediaQuery`) match when `phone`, and none
 * otherwise. Call `restoreScreenAfterEach` in the file's `describe`.
 */
export function screenIs(phone: boolean) {
  window.matchMedia = jest.fn().mockImplementation((query: string) => ({
    matches: phone,
    media: query,
    addListener: jest.fn(),
    removeListener: jest.fn(),
    addEventListener: jest.fn(),
    removeEventListener: jest.fn(),
  }));
}

/** Puts back jsdom's `matchMedia` after each test of the suite. */
export function restoreScreenAfterEach() {
  const matchMedia = window.matchMedia;
  afterEach(() => {
    window.matchMedia = matchMedia;
  });
}
