/**
 * Who runs the site and how readers reach them (SITE.owner in src/site.ts): one
 * setting, shown in the footer and in the accessibility and privacy statements.
 * The sources name no owner, so nothing here is ever filled in for them: while
 * the setting is empty the pages say so honestly, and the deploy build stops
 * with the instruction below. A local build, `npm run preview` and the tests
 * build without it.
 */
import { email as emailSchema, webUrl } from './schemas.ts';
import { webAddressExpected } from './web-address.ts';

export interface SiteOwner {
  name: string;
  email: string;
  contactUrl: string;
}

/** The build that is published: the deploy workflow sets SITE_DEPLOY=1. */
export const isDeployBuild = (env: NodeJS.ProcessEnv = process.env): boolean => env.SITE_DEPLOY === '1';

/** What an owner fills in, in the words the build prints. */
export const OWNER_INSTRUCTION = [
  'Wie beheert deze site? Dat staat nog niet in de instellingen, en een gepubliceerde site moet het zeggen (in de voettekst, de toegankelijkheidsverklaring en de privacyverklaring).',
  'Vul in src/site.ts bij SITE.owner in:',
  '  name        de naam van de organisatie die de site beheert, zoals lezers die kennen;',
  '  email       een e-mailadres waar lezers een fout of probleem kunnen melden, of',
  '  contactUrl  het webadres (https://…) van een contactpagina.',
  'Of zet ze als variabelen SITE_OWNER_NAME, SITE_OWNER_EMAIL en SITE_OWNER_CONTACT_URL (bijvoorbeeld als repository-variabelen voor de workflow Publiceren).',
].join('\n');

/** What is missing or wrong in the setting, in Dutch; empty when it is complete. */
export function ownerProblems(owner: SiteOwner): string[] {
  const problems: string[] = [];
  if (!owner.name.trim()) problems.push('name ontbreekt: de naam van de beheerder');
  if (!owner.email.trim() && !owner.contactUrl.trim()) problems.push('email of contactUrl ontbreekt: een e-mailadres of een contactpagina');
  if (owner.email.trim() && !emailSchema().safeParse(owner.email.trim()).success) problems.push(`email is geen e-mailadres: "${owner.email}"`);
  if (owner.contactUrl.trim() && !webUrl().safeParse(owner.contactUrl.trim()).success) problems.push(`contactUrl is geen webadres: "${owner.contactUrl}"; ${webAddressExpected(owner.contactUrl)}`);
  return problems;
}

/** The message that stops a deploy build without a complete setting, or undefined when it may go on. */
export function deployStop(owner: SiteOwner, deploy: boolean): string | undefined {
  const problems = ownerProblems(owner);
  if (!deploy || problems.length === 0) return undefined;
  return `${OWNER_INSTRUCTION}\n\nNu: ${problems.join('; ')}.`;
}

/** How readers reach the owner, or undefined while the setting is incomplete. */
export function contactRoute(owner: SiteOwner): { name: string; href: string; label: string } | undefined {
  if (ownerProblems(owner).length > 0) return undefined;
  const email = owner.email.trim();
  return email
    ? { name: owner.name.trim(), href: `mailto:${email}`, label: email }
    : { name: owner.name.trim(), href: owner.contactUrl.trim(), label: 'contactpagina' };
}
