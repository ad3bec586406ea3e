// Sites can see who is fetching and how to reach the project.
/** Keep in step with package.json; read there would tie this file to the build layout. */
export const EVENTWIRE_VERSION = "0.1.0";
/** Placeholder until the project has a public home page. */
export const PROJECT_URL = "https://github.com/eventwire/eventwire";
export const DEFAULT_USER_AGENT = `eventwire/${EVENTWIRE_VERSION} (+${PROJECT_URL})`;
