package dev.distlint.syntax.elixir;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Iterative traversals of an {@link ExNode} tree. Nothing here recurses, so a walk cannot overflow
 * the stack whatever the shape of the tree.
 */
public final class ExWalker {
  private ExWalker() {}

  /** Called for each node in pre-order with its ancestors (root first, parent last). */
  @FunctionalInterface
  public interface Visitor {
    /** Returns false to skip the node's children. */
    boolean visit(ExNode node, List<ExNode> ancestors);
  }

  /** Visits {@code root} and its descendants in source order. */
  public static void walk(ExNode root, Visitor visitor) {
    List<ExNode> path = new ArrayList<>();
    List<ExNode> view = Collections.unmodifiableList(path);
    Deque<Frame> stack = new ArrayDeque<>();
    if (visitor.visit(root, view)) {
      enter(root, stack, path);
    }
    while (!stack.isEmpty()) {
      Frame top = stack.peek();
      if (top.next >= top.children.size()) {
        stack.pop();
        path.remove(path.size() - 1);
        continue;
      }
      ExNode child = top.children.get(top.next++);
      if (visitor.visit(child, view)) {
        enter(child, stack, path);
      }
    }
  }

  /** Descends into {@code node}'s children, if it has any (most nodes, the leaves, have none). */
  private static void enter(ExNode node, Deque<Frame> stack, List<ExNode> path) {
    List<ExNode> children = node.children();
    if (!children.isEmpty()) {
      stack.push(new Frame(children));
      path.add(node);
    }
  }

  /**
   * Visits the whole of {@code file} as {@link #walk(ExNode, Visitor)} visits its root, the same
   * nodes in the same order with the same ancestors, over the tree laid out once in pre-order:
   * the views and rules of a file walk it a dozen times.
   */
  public static void walk(ElixirFile file, Visitor visitor) {
    file.flat().walk(visitor);
  }

  /** Every node of type {@code type} in {@code file}, in source order. */
  public static <T extends ExNode> List<T> findAll(ElixirFile file, Class<T> type) {
    return file.flat().findAll(type);
  }

  /** Every call named {@code name} in {@code file}, in source order. */
  public static List<ExCall> calls(ElixirFile file, String name) {
    return file.flat().calls(name);
  }

  /** Every node of type {@code type} under (and including) {@code root}, in source order. */
  public static <T extends ExNode> List<T> findAll(ExNode root, Class<T> type) {
    List<T> out = new ArrayList<>();
    walk(root, (node, ancestors) -> {
      if (type.isInstance(node)) {
        out.add(type.cast(node));
      }
      return true;
    });
    return out;
  }

  /** Every call named {@code name} (as in {@link ExCall#name()}), in source order. */
  public static List<ExCall> calls(ExNode root, String name) {
    return findAll(root, ExCall.class).stream().filter(c -> c.name().equals(name)).toList();
  }

  /**
   * The path from {@code root} to the innermost node whose range contains {@code offset}
   * (ends inclusive, so a cursor just after a token still finds it); root first.
   */
  public static List<ExNode> pathAt(ExNode root, int offset) {
    List<ExNode> path = new ArrayList<>();
    ExNode current = root;
    while (current != null && current.range().contains(offset)) {
      path.add(current);
      ExNode next = null;
      for (ExNode child : current.children()) {
        if (child.range().contains(offset)) {
          next = child;
          break;
        }
      }
      current = next;
    }
    return path;
  }

  /** The innermost node containing {@code offset}. */
  public static Optional<ExNode> nodeAt(ExNode root, int offset) {
    List<ExNode> path = pathAt(root, offset);
    return path.isEmpty() ? Optional.empty() : Optional.of(path.get(path.size() - 1));
  }

  /** A tree's nodes in pre-order, each with its depth and the end of its subtree. */
  static final class Flat {
    private final ExNode[] nodes;
    /** The number of ancestors of each node. */
    private final int[] depth;
    /** For each node, the index just past its last descendant. */
    private final int[] end;

    private Flat(ExNode[] nodes, int[] depth, int[] end) {
      this.nodes = nodes;
      this.depth = depth;
      this.end = end;
    }

    static Flat of(ExNode root) {
      List<ExNode> order = new ArrayList<>();
      int[][] depths = {new int[64]};
      ExWalker.walk(root, (node, ancestors) -> {
        int i = order.size();
        if (i == depths[0].length) {
          depths[0] = java.util.Arrays.copyOf(depths[0], i * 2);
        }
        depths[0][i] = ancestors.size();
        order.add(node);
        return true;
      });
      int n = order.size();
      int[] depth = java.util.Arrays.copyOf(depths[0], n);
      int[] end = new int[n];
      // A node's subtree ends where the next node no deeper than it begins.
      int[] open = new int[n];
      int top = 0;
      for (int i = 0; i < n; i++) {
        while (top > 0 && depth[open[top - 1]] >= depth[i]) {
          end[open[--top]] = i;
        }
        open[top++] = i;
      }
      while (top > 0) {
        end[open[--top]] = n;
      }
      return new Flat(order.toArray(new ExNode[0]), depth, end);
    }

    void walk(Visitor visitor) {
      List<ExNode> path = new ArrayList<>();
      List<ExNode> view = Collections.unmodifiableList(path);
      int i = 0;
      while (i < nodes.length) {
        int d = depth[i];
        while (path.size() > d) {
          path.remove(path.size() - 1);
        }
        ExNode node = nodes[i];
        if (visitor.visit(node, view)) {
          if (end[i] > i + 1) {
            path.add(node);
          }
          i++;
        } else {
          i = end[i];
        }
      }
    }

    <T extends ExNode> List<T> findAll(Class<T> type) {
      List<T> out = new ArrayList<>();
      for (ExNode node : nodes) {
        if (type.isInstance(node)) {
          out.add(type.cast(node));
        }
      }
      return out;
    }

    List<ExCall> calls(String name) {
      List<ExCall> out = new ArrayList<>();
      for (ExNode node : nodes) {
        if (node instanceof ExCall c && c.name().equals(name)) {
          out.add(c);
        }
      }
      return List.copyOf(out);
    }
  }

  private static final class Frame {
    final List<ExNode> children;
    int next;

    Frame(List<ExNode> children) {
      this.children = children;
    }
  }
}
