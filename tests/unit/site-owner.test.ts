import { describe, expect, it } from 'vitest';
import { contactRoute, deployStop, isDeployBuild, OWNER_INSTRUCTION, ownerProblems } from '../../src/lib/site-owner.ts';

const empty = { name: '', email: '', contactUrl: '' };

describe('who runs the site: the contact setting', () => {
  it('an empty setting stops only the deploy build, with what to fill in, in Dutch', () => {
    expect(deployStop(empty, false)).toBeUndefined();
    const stop = deployStop(empty, true)!;
    expect(stop).toContain(OWNER_INSTRUCTION);
    expect(stop).toContain('Vul in src/site.ts bij SITE.owner in:');
    expect(stop).toContain('name ontbreekt');
    expect(stop).toContain('email of contactUrl ontbreekt');
  });
  it('a name with an e-mail address or a contact page is complete', () => {
    expect(ownerProblems({ ...empty, name: 'Stichting Voorbeeld', email: 'redactie@voorbeeld.nl' })).toEqual([]);
    expect(ownerProblems({ ...empty, name: 'Stichting Voorbeeld', contactUrl: 'https://voorbeeld.nl/contact' })).toEqual([]);
    expect(deployStop({ ...empty, name: 'Stichting Voorbeeld', email: 'redactie@voorbeeld.nl' }, true)).toBeUndefined();
  });
  it('refuses what is no address', () => {
    expect(ownerProblems({ name: 'X', email: 'redactie', contactUrl: '' })).toEqual(['email is geen e-mailadres: "redactie"']);
    expect(ownerProblems({ name: 'X', email: '', contactUrl: 'voorbeeld.nl/contact' })).toEqual(['contactUrl is geen webadres: "voorbeeld.nl/contact"; verwacht het volledige adres: https://voorbeeld.nl/contact']);
  });
  it('gives readers a mail link, else the contact page, and nothing while incomplete', () => {
    expect(contactRoute({ name: 'Stichting Voorbeeld', email: 'redactie@voorbeeld.nl', contactUrl: 'https://voorbeeld.nl/contact' })).toEqual({
      name: 'Stichting Voorbeeld',
      href: 'mailto:redactie@voorbeeld.nl',
      label: 'redactie@voorbeeld.nl',
    });
    expect(contactRoute({ name: 'Stichting Voorbeeld', email: '', contactUrl: 'https://voorbeeld.nl/contact' })?.href).toBe('https://voorbeeld.nl/contact');
    expect(contactRoute({ ...empty, email: 'redactie@voorbeeld.nl' })).toBeUndefined();
  });
  it('the deploy build is the one with SITE_DEPLOY=1', () => {
    expect(isDeployBuild({ SITE_DEPLOY: '1' })).toBe(true);
    expect(isDeployBuild({})).toBe(false);
  });
});
