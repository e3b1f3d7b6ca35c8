package dev.distlint.syntax.envsh;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The open blocks, innermost on top. Blocks nested deeper than {@link #MAX_DEPTH} are counted,
 * not tracked: no real script gets near it, and it bounds the work per command.
 */
final class BlockStack {
  static final int MAX_DEPTH = 64;

  private final Deque<Block> blocks = new ArrayDeque<>();
  private int untracked;

  Block top() {
    return blocks.peek();
  }

  void push(Block b) {
    if (blocks.size() >= MAX_DEPTH) {
      untracked++;
      return;
    }
    b.parent = blocks.peek();
    b.refresh();
    blocks.push(b);
  }

  Block nearest(Block.Kind kind) {
    for (Block b : blocks) {
      if (b.kind == kind) {
        return b;
      }
    }
    return null;
  }

  /** Drops the blocks opened inside {@code target} and left unclosed. */
  void popAbove(Block target) {
    while (!blocks.isEmpty() && blocks.peek() != target) {
      blocks.pop();
    }
  }

  /** Closes the nearest block of either kind, and any unclosed blocks inside it. */
  void popThrough(Block.Kind a, Block.Kind b) {
    if (untracked > 0) {
      untracked--;
      return;
    }
    for (Block block : blocks) {
      if (block.kind == a || block.kind == b) {
        popAbove(block);
        blocks.pop();
        return;
      }
    }
  }
}
