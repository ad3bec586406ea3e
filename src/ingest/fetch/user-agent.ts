// Sites can see who is fetching and how to reach the project.
import { packageVersion } from "../../package-root.js";

export const EVENTWIRE_VERSION = packageVersion();
/** Placeholder until the project has a public home page. */
export const PROJECT_URL = "https://github.com/eventwire/eventwire";
export const DEFAULT_USER_AGENT = `eventwire/${EVENTWIRE_VERSION} (+${PROJECT_URL})`;
