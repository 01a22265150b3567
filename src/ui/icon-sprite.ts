// Material icons' paths (the same glyphs as @mui/icons-material's components of these names), each
// drawn in a 24 x 24 box.
const paths = {
  drag: 'M11 18c0 1.1-.9 2-2 2s-2-.9-2-2 .9-2 2-2 2 .9 2 2m-2-8c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2m0-6c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2m6 4c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2m0 2c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2m0 6c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2',
  more: 'M12 8c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2m0 2c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2m0 6c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2',
  remove: 'M16 9v10H8V9zm-1.5-6h-5l-1 1H5v2h14V4h-3.5zM18 7H6v12c0 1.1.9 2 2 2h8c1.1 0 2-.9 2-2z',
  code: 'M9.4 16.6 4.8 12l4.6-4.6L8 6l-6 6 6 6zm5.2 0 4.6-4.6-4.6-4.6L16 6l6 6-6 6z',
  up: 'm4 12 1.41 1.41L11 7.83V20h2V7.83l5.58 5.59L20 12l-8-8z',
  down: 'm20 12-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8z',
  copy: 'M16 1H4c-1.1 0-2 .9-2 2v14h2V3h12zm3 4H8c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h11c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2m0 16H8V7h11z',
  expand: 'M16.59 8.59 12 13.17 7.41 8.59 6 10l6 6 6-6z',
  add: 'M19 13h-6v6h-2v-6H5v-2h6V5h2v6h6z',
  // RadioButtonUnchecked and the dot of RadioButtonChecked (what MUI's <Radio> draws).
  ring: 'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2m0 18c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8',
  dot: 'M8.465 8.465C9.37 7.56 10.62 7 12 7C14.76 7 17 9.24 17 12C17 13.38 16.44 14.63 15.535 15.535C14.63 16.44 13.38 17 12 17C9.24 17 7 14.76 7 12C7 10.62 7.56 9.37 8.465 8.465Z',
} as const;

export type IconName = keyof typeof paths;

/** The icons, in their order in the sprite. */
export const iconNames = Object.keys(paths) as IconName[];

/*
 * Every icon in one SVG image, side by side in 24-unit cells: a CSS mask shows one cell. One image
 * instead of one per icon: the browser builds an SVG document for each image a page's styles use,
 * some milliseconds each in the first frame.
 */
const sprite = `url("data:image/svg+xml,${encodeURIComponent(
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${24 * iconNames.length} 24">${iconNames
    .map((name, index) => `<path transform="translate(${24 * index})" d="${paths[name]}"/>`)
    .join('')}</svg>`,
)}")`;

/**
 * The CSS of a mask that paints icon `name` (or the icon in the custom property `--se-icon-index`,
 * when `name` is omitted) in a box of `size` (a CSS length), in the element's background colour.
 */
export function iconMask(size: string, name?: IconName) {
  const index = name === undefined ? 'var(--se-icon-index, 0)' : String(iconNames.indexOf(name));
  return {
    maskImage: sprite,
    maskRepeat: 'no-repeat',
    maskSize: `calc(${size} * ${iconNames.length}) ${size}`,
    maskPosition: `calc(${size} * ${index} * -1) 0`,
  } as const;
}

/** The rules that set `--se-icon-index` from an element's `data-icon` (row-icon-button.tsx). */
export const iconIndexRules = Object.fromEntries(
  iconNames.map((name, index) => [`[data-icon="${name}"]`, { '--se-icon-index': String(index) }]),
);
