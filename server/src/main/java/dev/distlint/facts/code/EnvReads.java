package dev.distlint.facts.code;

import dev.distlint.syntax.elixir.ExBinary;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExNode;
import java.util.Optional;
import java.util.Set;

/** Recognises reads of OS environment variables in config scripts. */
public final class EnvReads {
  static final Set<String> READS = Set.of("System.get_env", "System.fetch_env",
      "System.fetch_env!");

  private EnvReads() {
  }

  public static boolean isRead(ExNode n) {
    return n instanceof ExCall c && READS.contains(c.name());
  }

  /** The variable name of a read with a literal name, for messages. */
  public static String variable(ExCall c) {
    return c.arg(0).flatMap(ExNode::asStringValue).orElse("...");
  }

  /**
   * The read at the heart of a value that yields a raw string: {@code System.get_env("X")},
   * {@code System.fetch_env!("X")}, {@code System.get_env("X", "5000")} or
   * {@code System.get_env("X") || "5000"}.
   */
  public static Optional<ExCall> rawRead(ExNode value) {
    ExNode n = value;
    if (n instanceof ExBinary b && b.op().equals("||") && b.right().asStringValue().isPresent()) {
      n = b.left();
    }
    return isRead(n) ? Optional.of((ExCall) n) : Optional.empty();
  }
}
