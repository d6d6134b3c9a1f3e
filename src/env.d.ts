interface ImportMetaEnv {
  /** True while `astro build` renders the pages, false in the dev server (src/integrations/build-flag.ts). */
  readonly OS_BUILD: boolean;
}
