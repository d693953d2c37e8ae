// Applying patches immutably: only the containers along each path are copied, everything else is shared with the
// input, which is never mutated. Each patch yields its inverse, so an edit can be undone exactly.
import { PatchError } from './errors';
import { FORBIDDEN_KEYS, formatPath, isIdSeg } from './path';
import type { ApplyResult, Patch, Path, PathSeg } from './types';

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasId(v: unknown, id: string): boolean {
  return isObj(v) && v.id === id;
}

function checkSeg(seg: PathSeg, path: Path): void {
  if (typeof seg === 'string') {
    if (FORBIDDEN_KEYS.has(seg)) throw new PatchError('patch.forbiddenKey', { key: seg, path: formatPath(path) });
  } else if (typeof seg === 'number') {
    if (!Number.isInteger(seg) || seg < 0) throw new PatchError('patch.badIndex', { index: String(seg), path: formatPath(path) });
  } else if (!isIdSeg(seg) || typeof seg.id !== 'string') {
    throw new PatchError('patch.badOp', { op: 'path', path: formatPath(path) });
  }
}

/** The index of the array element a segment addresses; throws when there is none. */
function indexIn(arr: readonly unknown[], seg: PathSeg, path: Path): number {
  if (typeof seg === 'number') {
    if (seg >= arr.length) throw new PatchError('patch.badIndex', { index: seg, path: formatPath(path) });
    return seg;
  }
  if (isIdSeg(seg)) {
    const i = arr.findIndex((e) => hasId(e, seg.id));
    if (i < 0) throw new PatchError('patch.notFound', { path: formatPath(path) });
    return i;
  }
  throw new PatchError('patch.notFound', { path: formatPath(path) });
}

function childOf(node: unknown, seg: PathSeg, path: Path): unknown {
  if (Array.isArray(node)) return node[indexIn(node, seg, path)];
  if (isObj(node)) {
    if (typeof seg !== 'string' || !Object.hasOwn(node, seg)) throw new PatchError('patch.notFound', { path: formatPath(path) });
    return node[seg];
  }
  throw new PatchError('patch.notContainer', { path: formatPath(path) });
}

function withChild(node: unknown, seg: PathSeg, value: unknown, path: Path): unknown {
  if (Array.isArray(node)) {
    const copy = node.slice();
    copy[indexIn(node, seg, path)] = value;
    return copy;
  }
  // childOf has already checked that node is an object and seg one of its own string keys.
  return { ...(node as Obj), [seg as string]: value };
}

/** Replace the container at `path[0..depth)` by `fn(container)`, copying only the ancestors. */
function updateAt(node: unknown, path: Path, depth: number, fn: (container: unknown) => unknown): unknown {
  if (depth === path.length) return fn(node);
  const seg = path[depth];
  const child = childOf(node, seg, path.slice(0, depth + 1));
  return withChild(node, seg, updateAt(child, path, depth + 1, fn), path);
}

function checkTo(to: unknown, max: number, path: Path): number {
  if (typeof to !== 'number' || !Number.isInteger(to) || to < 0 || to > max) {
    throw new PatchError('patch.badIndex', { index: String(to), path: formatPath(path) });
  }
  return to;
}

/** Apply one patch; returns the new document and the one patch that undoes it. */
function applyOne(doc: unknown, patch: Patch): { doc: unknown; inverse: Patch } {
  const { op } = patch;
  if (!Array.isArray(patch.path)) throw new PatchError('patch.badOp', { op: String(op), path: '?' });
  // The inverse gets its own path array, so it never aliases the caller's patch.
  const path = patch.path.slice();
  path.forEach((seg) => checkSeg(seg, path));
  const needsValue = op === 'set' || op === 'insert';
  if (needsValue && patch.value === undefined) throw new PatchError('patch.badOp', { op, path: formatPath(path) });

  if (path.length === 0) {
    if (op !== 'set') throw new PatchError('patch.badOp', { op: String(op), path: '/' });
    return { doc: patch.value, inverse: { op: 'set', path: [], value: doc } };
  }
  const parentPath = path.slice(0, -1);
  const last = path[path.length - 1];
  let inverse: Patch | undefined;

  const next = updateAt(doc, parentPath, 0, (container) => {
    if (Array.isArray(container)) {
      switch (op) {
        case 'set': {
          const i = indexIn(container, last, path);
          if (isIdSeg(last) && !hasId(patch.value, last.id)) throw new PatchError('patch.idMismatch', { id: last.id, path: formatPath(path) });
          inverse = { op: 'set', path, value: container[i] };
          const copy = container.slice();
          copy[i] = patch.value;
          return copy;
        }
        case 'insert': {
          let at: number;
          if (isIdSeg(last)) {
            if (!hasId(patch.value, last.id)) throw new PatchError('patch.idMismatch', { id: last.id, path: formatPath(path) });
            at = patch.to === undefined ? container.length : checkTo(patch.to, container.length, path);
          } else if (typeof last === 'number') {
            at = checkTo(last, container.length, path);
          } else {
            throw new PatchError('patch.notFound', { path: formatPath(path) });
          }
          const id = isObj(patch.value) && typeof patch.value.id === 'string' ? patch.value.id : undefined;
          if (id !== undefined && container.some((e) => hasId(e, id))) throw new PatchError('patch.duplicateId', { id, path: formatPath(path) });
          inverse = { op: 'remove', path };
          const copy = container.slice();
          copy.splice(at, 0, patch.value);
          return copy;
        }
        case 'remove': {
          const i = indexIn(container, last, path);
          inverse = isIdSeg(last)
            ? { op: 'insert', path, value: container[i], to: i }
            : { op: 'insert', path: [...parentPath, i], value: container[i] };
          const copy = container.slice();
          copy.splice(i, 1);
          return copy;
        }
        case 'move': {
          const i = indexIn(container, last, path);
          const to = checkTo(patch.to, container.length - 1, path);
          inverse = isIdSeg(last) ? { op: 'move', path, to: i } : { op: 'move', path: [...parentPath, to], to: i };
          const copy = container.slice();
          const [item] = copy.splice(i, 1);
          copy.splice(to, 0, item);
          return copy;
        }
        default:
          throw new PatchError('patch.badOp', { op: String(op), path: formatPath(path) });
      }
    }
    if (isObj(container)) {
      if (typeof last !== 'string') throw new PatchError('patch.notFound', { path: formatPath(path) });
      // An element addressed by its id keeps it; otherwise the inverse could not find it again.
      const parentSeg = parentPath[parentPath.length - 1];
      if (last === 'id' && parentSeg !== undefined && isIdSeg(parentSeg)) throw new PatchError('patch.idMismatch', { id: parentSeg.id, path: formatPath(path) });
      const exists = Object.hasOwn(container, last);
      switch (op) {
        case 'set': {
          inverse = exists ? { op: 'set', path, value: container[last] } : { op: 'remove', path };
          return { ...container, [last]: patch.value };
        }
        case 'remove': {
          if (!exists) throw new PatchError('patch.notFound', { path: formatPath(path) });
          inverse = { op: 'set', path, value: container[last] };
          const copy = { ...container };
          delete copy[last];
          return copy;
        }
        case 'insert':
        case 'move':
          throw new PatchError('patch.notContainer', { path: formatPath(parentPath) });
        default:
          throw new PatchError('patch.badOp', { op: String(op), path: formatPath(path) });
      }
    }
    throw new PatchError('patch.notContainer', { path: formatPath(parentPath) });
  });
  return { doc: next, inverse: inverse! };
}

/**
 * Apply `patches` in order to `doc` without mutating it. Returns the new document (sharing every untouched subtree
 * with the input) and the inverse patches, which applied to the result give back the input. Throws a PatchError,
 * and changes nothing, when a patch does not fit.
 */
export function applyPatches<T>(doc: T, patches: readonly Patch[]): ApplyResult<T> {
  let current: unknown = doc;
  const inverse: Patch[] = [];
  for (const p of patches) {
    const r = applyOne(current, p);
    current = r.doc;
    inverse.push(r.inverse);
  }
  inverse.reverse();
  return { doc: current as T, inverse };
}
