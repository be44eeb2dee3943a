/** Offline checks of an XML add-in manifest: Microsoft's validator needs its online service. */

const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

// Child order from the manifest XSDs' sequences, by element name or name[xsi:type].
const ORDER: Record<string, string[]> = {
  OfficeApp: [
    'Id',
    'AlternateId',
    'Version',
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'IconUrl',
    'HighResolutionIconUrl',
    'SupportUrl',
    'AppDomains',
    'Hosts',
    'Requirements',
    'DefaultSettings',
    'Permissions',
    'Dictionary',
    'VersionOverrides',
  ],
  VersionOverrides: ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins'],
  DesktopFormFactor: ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
  GetStarted: ['Title', 'Description', 'LearnMoreUrl'],
  'ExtensionPoint[PrimaryCommandSurface]': ['OfficeTab', 'CustomTab'],
  Group: ['Label', 'Icon', 'Control'],
  'Control[Button]': ['Label', 'Supertip', 'Icon', 'Action'],
  Supertip: ['Title', 'Description'],
  'Action[ShowTaskpane]': ['TaskpaneId', 'SourceLocation', 'Title'],
  Resources: ['Images', 'Urls', 'ShortStrings', 'LongStrings'],
  Requirements: ['Sets', 'Methods'],
};
const REQUIRED: Record<string, string[]> = {
  'Control[Button]': ['Label', 'Supertip', 'Icon', 'Action'],
  Group: ['Label', 'Icon', 'Control'],
  Supertip: ['Title', 'Description'],
  'Action[ShowTaskpane]': ['SourceLocation'],
};
const RESOURCE_KIND: Record<string, string> = {
  Image: 'Images',
  FunctionFile: 'Urls',
  SourceLocation: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

const children = (el: Element) => Array.from(el.children);
const descendants = (el: Element): Element[] => [el, ...children(el).flatMap(descendants)];

/** The base URL of the development manifest: URLs under it are files the build makes. */
export const DEV_BASE_URL = 'https://localhost:3000/';

/**
 * The path, from "/", of a URL under `base` (query and fragment dropped), or undefined when the URL lies elsewhere.
 * With the development base, https://localhost:3000/taskpane.html?action=validate gives /taskpane.html.
 */
export function localPath(url: string, base: string = DEV_BASE_URL): string | undefined {
  if (!url.startsWith(base)) return undefined;
  return decodeURIComponent(new URL(url).pathname).slice(decodeURIComponent(new URL(base).pathname).length - 1);
}

/**
 * Every problem found in a manifest: order, resources, languages, lengths, URLs. `exists` tells whether a local URL's
 * file is there; the URLs under `base` (the development server unless a deployed manifest is checked) are local.
 */
export function checkManifest(xml: string, exists: (localPath: string) => boolean, base: string = DEV_BASE_URL): string[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) return ['the manifest is not well-formed XML'];
  const root = doc.documentElement;
  const errors: string[] = [];

  for (const el of descendants(root)) {
    const type = el.getAttributeNS(XSI, 'type');
    const key = ORDER[`${el.localName}[${type}]`] ? `${el.localName}[${type}]` : el.localName;
    const seq = ORDER[key];
    if (!seq) continue;
    let last = -1;
    for (const c of children(el)) {
      const i = seq.indexOf(c.localName);
      if (i < 0) errors.push(`<${c.localName}> is not a child of <${key}>`);
      else if (i < last) errors.push(`<${c.localName}> is out of order in <${key}>`);
      else last = i;
    }
    for (const r of REQUIRED[key] ?? []) if (!children(el).some((c) => c.localName === r)) errors.push(`<${key}> lacks <${r}>`);
  }

  const resources: Record<string, Map<string, Element>> = {};
  for (const [kind, tag] of [
    ['Images', 'Image'],
    ['Urls', 'Url'],
    ['ShortStrings', 'String'],
    ['LongStrings', 'String'],
  ]) {
    resources[kind] = new Map();
    for (const coll of Array.from(doc.getElementsByTagNameNS(BT, kind))) {
      for (const r of children(coll).filter((c) => c.localName === tag)) {
        const id = r.getAttribute('id') ?? '';
        if (id.length > 32) errors.push(`resource id ${id} is longer than 32 characters`);
        if (Object.values(resources).some((m) => m.has(id))) errors.push(`resource id ${id} is defined twice`);
        resources[kind].set(id, r);
      }
    }
  }
  const used = new Set<string>();
  for (const el of descendants(root).filter((e) => e.hasAttribute('resid'))) {
    const id = el.getAttribute('resid') ?? '';
    const kind = RESOURCE_KIND[el.localName] ?? '?';
    used.add(id);
    if (!resources[kind]?.has(id)) errors.push(`resid ${id} on <${el.localName}> is not defined in ${kind}`);
  }
  for (const m of Object.values(resources)) for (const id of m.keys()) if (!used.has(id)) errors.push(`resource ${id} is never used`);

  const english = (el: Element) =>
    children(el).find((c) => c.localName === 'Override' && c.getAttribute('Locale')?.toLowerCase() === 'en-us');
  for (const [kind, max] of [
    ['ShortStrings', 125],
    ['LongStrings', 250],
  ] as const) {
    for (const [id, el] of resources[kind]) {
      const values = [el.getAttribute('DefaultValue'), ...children(el).map((c) => c.getAttribute('Value'))];
      if (values.some((v) => !v || v.length > max)) errors.push(`${id} is empty or longer than ${max} characters`);
      if (!english(el)) errors.push(`${id} has no en-US override`);
    }
  }
  for (const name of ['DisplayName', 'Description']) {
    const el = children(root).find((c) => c.localName === name);
    if (!el || !english(el)) errors.push(`<${name}> has no en-US override`);
  }

  const urls = [
    ...descendants(root)
      .filter(
        (e) => ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation'].includes(e.localName) && e.hasAttribute('DefaultValue'),
      )
      .map((e) => e.getAttribute('DefaultValue') ?? ''),
    ...[...resources.Images.values(), ...resources.Urls.values()].map((e) => e.getAttribute('DefaultValue') ?? ''),
  ];
  for (const u of urls) {
    let url: URL;
    try {
      url = new URL(u);
    } catch {
      errors.push(`${u} is not a URL`);
      continue;
    }
    if (url.protocol !== 'https:') errors.push(`${u} is not https`);
    const local = localPath(u, base);
    if (local !== undefined && !exists(local)) errors.push(`${u} points at a file the build does not make`);
  }
  // Version element reference: 1 to 4 parts (n, n.n, n.n.n or n.n.n.n), each at most 5 digits.
  const version = children(root).find((c) => c.localName === 'Version')?.textContent ?? '';
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) errors.push(`<Version> ${version} is not n[.n[.n[.n]]] with parts of at most 5 digits`);
  const id = doc.getElementsByTagName('Id')[0]?.textContent ?? '';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) errors.push('<Id> is not a GUID');
  return errors;
}
