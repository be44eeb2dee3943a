/**
 * Offline check that every icon a manifest names has the pixel size its element requires (docs/office-api.md §10):
 * IconUrl and HighResolutionIconUrl by add-in type, and each ribbon bt:Image the size its `size` attribute states,
 * with the three sizes every <Icon> must have.
 */

import { DEV_BASE_URL, localPath } from './checkManifest';

const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** IconUrl and HighResolutionIconUrl sizes by the root's xsi:type (manifest reference, IconUrl and HighResolutionIconUrl). */
export const ADDIN_ICON_SIZES: Record<string, { IconUrl: number; HighResolutionIconUrl: number }> = {
  TaskPaneApp: { IconUrl: 32, HighResolutionIconUrl: 64 },
  ContentApp: { IconUrl: 32, HighResolutionIconUrl: 64 },
  MailApp: { IconUrl: 64, HighResolutionIconUrl: 128 },
};
/** The bt:Image sizes every <Icon> must have, and the others it may have (manifest reference, Image). */
export const RIBBON_REQUIRED_SIZES = [16, 32, 80];
const RIBBON_OPTIONAL_SIZES = [20, 24, 40, 48, 64];

/** A local file's pixel size, or undefined when it is not an image this check can read. */
export type ImageSize = (localPath: string) => { width: number; height: number } | undefined;

/**
 * Every icon of the manifest whose file is not the size its element requires. Only URLs under `base` (files of this
 * project: the development server unless a deployed manifest is checked) are opened.
 */
export function checkIconSizes(xml: string, imageSize: ImageSize, base: string = DEV_BASE_URL): string[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) return ['the manifest is not well-formed XML'];
  const root = doc.documentElement;
  const errors: string[] = [];

  const expectSize = (where: string, url: string | null, side: number) => {
    let local: string | undefined;
    try {
      local = localPath(url ?? '', base);
    } catch {
      return; // checkManifest reports URLs that are not URLs
    }
    if (local === undefined) return;
    const size = imageSize(local);
    if (!size) errors.push(`${where}: ${local} is not an image that could be read`);
    else if (size.width !== side || size.height !== side)
      errors.push(`${where}: ${local} is ${size.width}×${size.height}, must be ${side}×${side}`);
  };
  const withOverrides = (el: Element) => [
    el.getAttribute('DefaultValue'),
    ...Array.from(el.children)
      .filter((c) => c.localName === 'Override')
      .map((c) => c.getAttribute('Value')),
  ];

  const type = root.getAttributeNS(XSI, 'type') ?? '';
  const addinSizes = ADDIN_ICON_SIZES[type];
  if (!addinSizes) errors.push(`no icon sizes known for an add-in of type ${type}`);
  for (const name of ['IconUrl', 'HighResolutionIconUrl'] as const) {
    const el = Array.from(root.children).find((c) => c.localName === name);
    if (!el) errors.push(`<${name}> is missing`);
    else if (addinSizes) for (const url of withOverrides(el)) expectSize(`<${name}>`, url, addinSizes[name]);
  }

  const resources = new Map(
    Array.from(doc.getElementsByTagNameNS(BT, 'Images')).flatMap((images) =>
      Array.from(images.children)
        .filter((c) => c.localName === 'Image')
        .map((c) => [c.getAttribute('id') ?? '', c] as const),
    ),
  );
  for (const icon of Array.from(root.getElementsByTagName('*')).filter((e) => e.localName === 'Icon')) {
    const images = Array.from(icon.children).filter((c) => c.localName === 'Image');
    const sizes = images.map((i) => Number(i.getAttribute('size')));
    for (const s of RIBBON_REQUIRED_SIZES) if (!sizes.includes(s)) errors.push(`an <Icon> lacks its ${s}×${s} image`);
    for (const image of images) {
      const side = Number(image.getAttribute('size'));
      const id = image.getAttribute('resid') ?? '';
      if (!RIBBON_REQUIRED_SIZES.includes(side) && !RIBBON_OPTIONAL_SIZES.includes(side))
        errors.push(`image ${id}: size ${image.getAttribute('size')} is not a size an <Icon> takes`);
      const resource = resources.get(id);
      if (resource) for (const url of withOverrides(resource)) expectSize(`image ${id} at size ${side}`, url, side);
    }
  }
  return errors;
}
