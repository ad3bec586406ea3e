// Schemas of the actor knowledge files in data/actors/ (and of users' own files).
// Every file is validated at load; errors name the file, the JSON path and the fix.
import { z } from "zod";

const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "a date as YYYY, YYYY-MM or YYYY-MM-DD");
const alpha3 = z.string().regex(/^[A-Z]{3}$/, "an ISO 3166-1 alpha-3 code in capitals, e.g. ECU");
const sectorCode = z.string().regex(/^[A-Z]{3}$/, "a three-letter CAMEO agent code, e.g. GOV");

export const countrySchema = z.object({
  /** ISO 3166-1 alpha-3. */
  code: alpha3,
  /** ISO 3166-1 alpha-2, to join with the gazetteer. */
  iso2: z.string().regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code, e.g. EC"),
  /** Common English name. */
  name: z.string().min(1),
  /** Other names and short forms: "Republic of Ecuador", "the US", "U.S.", "Britain". */
  names: z.array(z.string().min(1)).default([]),
  /** Adjectives and nouns for its people: "Ecuadorian", "Ecuadorean". */
  demonyms: z.array(z.string().min(1)).default([]),
  capital: z.string().min(1).optional(),
  /** Main cities besides the capital (the gazetteer covers the rest). */
  cities: z.array(z.string().min(1)).default([]),
});

export const agentSchema = z.object({
  sector: sectorCode,
  /** What the sector means, for the docs. */
  label: z.string().min(1),
  /** Lower-case nouns and noun phrases whose head marks the sector: "police", "riot police", "foreign ministry". */
  terms: z.array(z.string().min(1)).min(1),
});

export const titleSchema = z.object({
  /** Canonical title used in person roles: "president", "foreign minister". */
  title: z.string().min(1),
  /** Other ways news text names the same office: "foreign secretary", "secretary of foreign affairs". */
  variants: z.array(z.string().min(1)).default([]),
  sector: sectorCode,
});

export const organizationSchema = z.object({
  /** Stable id used by entities' `ref`. */
  id: z.string().regex(/^[a-z0-9-]+$/, "lower-case letters, digits and hyphens"),
  /** CAMEO-style actor code, e.g. IGOUNO, NGOAMN, or a country + sector code for domestic bodies. */
  code: z.string().regex(/^[A-Z]{3,12}$/, "capital letters only, e.g. IGOUNO"),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  kind: z.enum(["IGO", "NGO", "MNC", "DOMESTIC"]),
  country: alpha3.optional(),
  sector: z.array(sectorCode).default([]),
});

const orgId = z.string().regex(/^[a-z0-9-]+$/, "an organisation id from organizations.json, e.g. un");

/**
 * An office in a country ("country" + "sector") or in an organisation ("org": the UN
 * secretary-general acts for the UN, not for his own country). Exactly one of the two.
 */
export const roleSchema = z
  .object({
    country: alpha3.optional(),
    /** Id of an organisation in organizations.json; the role then codes as that organisation. */
    org: orgId.optional(),
    /** Required with "country"; with "org" it defaults to the organisation's own sector. */
    sector: sectorCode.optional(),
    /** A canonical title from titles.json. */
    title: z.string().min(1),
    from: isoDate,
    /** Omitted while the role is still held. */
    to: isoDate.optional(),
  })
  .superRefine((role, ctx) => {
    if (role.country !== undefined && role.org !== undefined) {
      ctx.addIssue({ code: "custom", path: ["org"], message: 'a role is held either in a country or in an organisation: give "country" or "org", not both' });
    } else if (role.country === undefined && role.org === undefined) {
      ctx.addIssue({ code: "custom", path: ["country"], message: 'missing; give "country" (an alpha-3 code) or "org" (an organisation id)' });
    } else if (role.country !== undefined && role.sector === undefined) {
      ctx.addIssue({ code: "custom", path: ["sector"], message: 'missing; a role in a country needs a sector, e.g. "GOV"' });
    }
  });

export const personSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "lower-case letters, digits and hyphens"),
  name: z.string().min(1),
  /** Other full names, spellings without accents, nicknames: "AMLO", "Lopez Obrador". */
  aliases: z.array(z.string().min(1)).default([]),
  /** Country of the person (citizenship), alpha-3. */
  country: alpha3,
  roles: z.array(roleSchema).default([]),
});

/** One knowledge file may hold any of these sections; users' files are merged into the built-in ones. */
export const knowledgeFileSchema = z
  .object({
    $schema: z.string().optional(),
    description: z.string().optional(),
    countries: z.array(countrySchema).optional(),
    agents: z.array(agentSchema).optional(),
    titles: z.array(titleSchema).optional(),
    organizations: z.array(organizationSchema).optional(),
    people: z.array(personSchema).optional(),
  })
  .strict();

export type Country = z.infer<typeof countrySchema>;
export type Agent = z.infer<typeof agentSchema>;
export type Title = z.infer<typeof titleSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Person = z.infer<typeof personSchema>;
export type KnowledgeFile = z.infer<typeof knowledgeFileSchema>;
