import { attributesOf, childrenOf, find, nameOf, type XmlNode } from './xml';

/**
 * A document's styles as layers of properties: a paragraph's formatting is the
 * document defaults, then its style and the styles that style is based on, then
 * its own, the later layer winning property by property (and attribute by
 * attribute for spacing and indents), as Word resolves them.
 */
export type StyleSheet = {
  paragraphLayers(styleId: string | undefined): { pPr: XmlNode[][]; rPr: XmlNode[][] };
  runLayers(styleId: string | undefined): XmlNode[][];
};

type Style = { type: string; basedOn?: string; pPr: XmlNode[]; rPr: XmlNode[] };

export function readStyles(styles: XmlNode): StyleSheet {
  const all = childrenOf(styles);
  const defaults = find(all, 'w:docDefaults');
  const rPrDefault = childrenOf(find(childrenOf(find(childrenOf(defaults), 'w:rPrDefault')), 'w:rPr'));
  const pPrDefault = childrenOf(find(childrenOf(find(childrenOf(defaults), 'w:pPrDefault')), 'w:pPr'));
  const byId = new Map<string, Style>();
  let defaultParagraph: string | undefined;
  for (const node of all) {
    if (nameOf(node) !== 'w:style') continue;
    const attributes = attributesOf(node);
    const id = String(attributes['w:styleId']);
    const children = childrenOf(node);
    const basedOn = attributesOf(find(children, 'w:basedOn'))['w:val'];
    const type = String(attributes['w:type'] ?? 'paragraph');
    byId.set(id, { type, basedOn: basedOn === undefined ? undefined : String(basedOn), pPr: childrenOf(find(children, 'w:pPr')), rPr: childrenOf(find(children, 'w:rPr')) });
    const isDefault = attributes['w:default'];
    if (type === 'paragraph' && (isDefault === true || isDefault === '1' || isDefault === 'true' || isDefault === 1)) defaultParagraph = id;
  }
  const chain = (id: string | undefined): Style[] => {
    const styles: Style[] = [];
    const seen = new Set<string>();
    for (let at = id; at !== undefined && !seen.has(at); ) {
      seen.add(at);
      const style = byId.get(at);
      if (!style) break;
      styles.unshift(style);
      at = style.basedOn;
    }
    return styles;
  };
  const paragraphCache = new Map<string, { pPr: XmlNode[][]; rPr: XmlNode[][] }>();
  const runCache = new Map<string, XmlNode[][]>();
  return {
    paragraphLayers(styleId) {
      const id = styleId !== undefined && byId.has(styleId) ? styleId : defaultParagraph;
      const key = id ?? '';
      let layers = paragraphCache.get(key);
      if (!layers) {
        const styles = chain(id);
        layers = { pPr: [pPrDefault, ...styles.map((s) => s.pPr)], rPr: [rPrDefault, ...styles.map((s) => s.rPr)] };
        paragraphCache.set(key, layers);
      }
      return layers;
    },
    runLayers(styleId) {
      const key = styleId ?? '';
      let layers = runCache.get(key);
      if (!layers) {
        layers = styleId === undefined ? [] : chain(styleId).filter((s) => s.type === 'character').map((s) => s.rPr);
        runCache.set(key, layers);
      }
      return layers;
    },
  };
}

/** The last layer's element of a name, the one that applies. */
export function lastOf(layers: readonly (readonly XmlNode[])[], name: string): XmlNode | undefined {
  for (let i = layers.length - 1; i >= 0; i--) {
    const found = find(layers[i]!, name);
    if (found) return found;
  }
  return undefined;
}

/** An element's attributes merged across layers, later ones winning. */
export function mergedAttributes(layers: readonly (readonly XmlNode[])[], name: string): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const layer of layers) {
    const found = find(layer, name);
    if (found) Object.assign(merged, attributesOf(found));
  }
  return merged;
}
