// The formatted XML objects docx builds before it writes a part: an element is
// `{ "w:p": [children…] }` or `{ "w:b": {} }`, its attributes an `_attr` child
// (or the element's value itself), its text plain strings among the children.

export type XmlNode = Record<string, unknown>;

export function nameOf(node: unknown): string | undefined {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
  for (const key in node) return key === '_attr' ? undefined : key;
  return undefined;
}

/** The element children of a node, without its attributes and text. */
export function childrenOf(node: XmlNode | undefined): XmlNode[] {
  if (!node) return [];
  const value = node[nameOf(node)!];
  if (!Array.isArray(value)) return [];
  // Most elements hold only elements: give their own array, not a copy.
  let clean = true;
  for (const child of value) {
    if (typeof child !== 'object' || child === null || '_attr' in child) {
      clean = false;
      break;
    }
  }
  if (clean) return value as XmlNode[];
  return value.filter((child): child is XmlNode => typeof child === 'object' && child !== null && !('_attr' in child));
}

/** The strings among a node's children: the text of a w:t or w:instrText. */
export function textOf(node: XmlNode): string {
  const value = node[nameOf(node)!];
  if (!Array.isArray(value)) return '';
  let text = '';
  for (const child of value) if (typeof child === 'string') text += child;
  return text;
}

export function attributesOf(node: XmlNode | undefined): Record<string, unknown> {
  if (!node) return {};
  const value = node[nameOf(node)!];
  if (Array.isArray(value)) {
    const holder = value.find((child) => typeof child === 'object' && child !== null && '_attr' in child) as { _attr?: Record<string, unknown> } | undefined;
    return holder?._attr ?? {};
  }
  return (value as { _attr?: Record<string, unknown> } | undefined)?._attr ?? {};
}

export function find(children: readonly XmlNode[], name: string): XmlNode | undefined {
  for (const child of children) if (name in child) return child;
  return undefined;
}

export function numberAttribute(node: XmlNode | undefined, name: string): number | undefined {
  const value = attributesOf(node)[name];
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** An on/off property (w:b, w:keepNext…): present and not "false", "0" or "off". */
export function isOn(node: XmlNode | undefined): boolean | undefined {
  if (!node) return undefined;
  const value = attributesOf(node)['w:val'];
  return !(value === false || value === 'false' || value === '0' || value === 0 || value === 'off');
}
