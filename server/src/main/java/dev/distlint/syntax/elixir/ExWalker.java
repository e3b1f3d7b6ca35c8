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

  private static final class Frame {
    final List<ExNode> children;
    int next;

    Frame(List<ExNode> children) {
      this.children = children;
    }
  }
}
