package dev.distlint.syntax.elixir;

import java.util.stream.Collectors;

/** A compact printed form of a tree, for readable assertions. */
public final class Sexp {
  private Sexp() {}

  public static String of(ExNode n) {
    if (n instanceof ExAtom a) {
      return ":" + a.name();
    } else if (n instanceof ExString s) {
      return s.interpolated() ? "\"#" + all(s.interpolations()) + "\"" : "\"" + s.value() + "\"";
    } else if (n instanceof ExCharlist c) {
      return "'" + c.value() + "'";
    } else if (n instanceof ExSigil s) {
      return "~" + s.sigil() + "<" + s.content() + ">" + s.modifiers();
    } else if (n instanceof ExNumber num) {
      return String.valueOf(num.value());
    } else if (n instanceof ExAlias a) {
      return a.name();
    } else if (n instanceof ExVar v) {
      return v.name();
    } else if (n instanceof ExList l) {
      return "[" + all(l.items()) + "]";
    } else if (n instanceof ExTuple t) {
      return "{" + all(t.items()) + "}";
    } else if (n instanceof ExMap m) {
      String base = m.base() == null ? "" : of(m.base()) + " | ";
      return "%" + (m.struct() == null ? "" : m.struct()) + "{" + base
          + m.entries().stream().map(Sexp::of).collect(Collectors.joining(", ")) + "}";
    } else if (n instanceof ExPair p) {
      return of(p.key()) + " => " + of(p.value());
    } else if (n instanceof ExCall c) {
      String recv = c.receiver() == null || c.name().contains(".") && !c.name().equals(".")
          ? "" : of(c.receiver()) + "|";
      String blocks = c.blocks().stream().map(Sexp::of).collect(Collectors.joining(" "));
      return "(" + recv + c.name() + (c.args().isEmpty() ? "" : " " + all(c.args()))
          + (blocks.isEmpty() ? "" : " " + blocks) + ")";
    } else if (n instanceof ExBinary b) {
      return "(" + of(b.left()) + " " + b.op() + " " + of(b.right()) + ")";
    } else if (n instanceof ExUnary u) {
      return "(" + u.op() + (u.op().equals("not") ? " " : "") + of(u.operand()) + ")";
    } else if (n instanceof ExBlock b) {
      return (b.label() == null ? "" : b.label() + ":") + "{" + all(b.statements()).replace(", ", "; ") + "}";
    } else if (n instanceof ExClause c) {
      return all(c.head()) + " -> " + of(c.body());
    } else if (n instanceof ExAttribute a) {
      return "@" + a.name() + (a.value() == null ? "" : " " + of(a.value()));
    } else if (n instanceof ExFn f) {
      return "fn " + all(f.clauses()) + " end";
    } else {
      return n.isMissing() ? "?" : "#opaque";
    }
  }

  private static String all(java.util.List<ExNode> nodes) {
    return nodes.stream().map(Sexp::of).collect(Collectors.joining(", "));
  }
}
