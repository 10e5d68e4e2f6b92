// `cem analyze` writes custom-elements.json: the element's attributes, properties, events, parts
// and CSS properties, for editors and framework tooling.

/** Private reactive state is declared in `static properties` too; it is not part of the API. */
function dropPrivateState() {
  return {
    name: 'drop-private-state',
    packageLinkPhase({customElementsManifest}) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          const privateNames = new Set(
            (declaration.members ?? [])
              .filter((member) => member.privacy === 'private' || member.privacy === 'protected')
              .map((member) => member.name),
          );
          if (declaration.members) {
            declaration.members = declaration.members.filter((m) => !privateNames.has(m.name));
          }
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter(
              (attribute) => !privateNames.has(attribute.fieldName),
            );
          }
          if (declaration.events) {
            // An event named through a constant shows up twice: once as the constant.
            declaration.events = declaration.events.filter((event) => /^lpc-/.test(event.name));
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  outdir: '.',
  litelement: true,
  plugins: [dropPrivateState()],
};
