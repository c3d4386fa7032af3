/**
 * A V8 CPU profile's call tree, read once: each node by id, each node's caller, and a frame's label
 * ("function file:line", the path cut to the file or the package). Shared by the benches that cut a
 * goal's samples into windows (hop-profile.ts, report-profile.ts).
 */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface ProfileTree {
  nodes: Map<number, ProfileNode>;
  parent: Map<number, number>;
  label(node: ProfileNode): string;
}

export function profileTree(profileNodes: readonly ProfileNode[]): ProfileTree {
  const nodes = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const node of profileNodes) {
    nodes.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const label = (node: ProfileNode) => {
    const file = node.callFrame.url.replace(/^.*\/(node_modules\/)?/, '');
    return `${node.callFrame.functionName || '(anon)'} ${file}:${node.callFrame.lineNumber + 1}`;
  };
  return { nodes, parent, label };
}
