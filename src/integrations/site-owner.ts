/**
 * Stops the deploy build (SITE_DEPLOY=1) when the site does not say who runs
 * it and how to reach them (SITE.owner): with what to fill in, in Dutch, and
 * nothing else. Other builds go on; their pages say the setting is still empty.
 */
import type { AstroIntegration } from 'astro';
import { deployStop, isDeployBuild } from '../lib/site-owner.ts';
import { SITE } from '../site.ts';

export default function siteOwner(): AstroIntegration {
  return {
    name: 'site-owner',
    hooks: {
      'astro:config:setup': ({ command }) => {
        const stop = command === 'build' ? deployStop(SITE.owner, isDeployBuild()) : undefined;
        if (stop) {
          console.error(`\n${stop}\n`);
          process.exit(1);
        }
      },
    },
  };
}
