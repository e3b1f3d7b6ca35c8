package dev.distlint.knowledge;

import java.util.stream.Collectors;

/**
 * Renders a key (or a name that is not a key) as hover Markdown: the doc first, then the facts
 * a reader checks before editing (type, requirement, default, unit, range, allowed values,
 * versions, deprecation), then the source.
 */
public final class KeyHover {

  private KeyHover() {
  }

  public static String markdown(Context context, KeySpec key) {
    StringBuilder md = new StringBuilder();
    md.append("**`").append(key.name()).append("`**");
    if (context != null) {
      md.append(" — ").append(context.title());
    }
    md.append("\n\n").append(key.doc().strip()).append("\n\n");
    line(md, "Type", "`" + key.typeLabel() + "`");
    if (key.required()) {
      line(md, "Required", key.requiredNote() == null ? "yes" : key.requiredNote());
    } else if (key.requiredNote() != null) {
      line(md, "Required when", key.requiredNote());
    }
    if (key.defaultValue() != null) {
      String unit = key.unit() == null ? "" : " " + key.unit();
      line(md, "Default", "`" + key.defaultValue() + "`" + unit
          + (key.defaultNote() == null ? "" : ". " + key.defaultNote()));
    } else if (key.defaultNote() != null) {
      line(md, "Default", key.defaultNote());
    }
    if (key.unit() != null && key.defaultValue() == null) {
      line(md, "Unit", key.unit());
    }
    if (key.range() != null) {
      line(md, "Range", "`" + key.range() + "`");
    }
    appendValues(md, key);
    if (key.since() != null || key.until() != null) {
      line(md, "Versions", (key.since() == null ? "" : "since " + key.since())
          + (key.since() != null && key.until() != null ? ", " : "")
          + (key.until() == null ? "" : "up to " + key.until()));
    }
    if (key.deprecated()) {
      String renamed = key.renamedTo() == null ? "" : " Use `" + key.renamedTo() + "`.";
      line(md, "Deprecated", (key.deprecationNote() == null ? "yes." : key.deprecationNote())
          + renamed);
    }
    if (key.provenance() != null) {
      line(md, "Set by", key.provenance());
    }
    appendSource(md, key.source());
    return md.toString().strip();
  }

  public static String markdown(Context context, NotKey notKey) {
    StringBuilder md = new StringBuilder();
    md.append("**`").append(notKey.name()).append("`** is not a key");
    if (context != null) {
      md.append(" of ").append(context.title());
    }
    md.append("\n\n").append(notKey.reason().strip()).append("\n\n");
    if (notKey.useInstead() != null) {
      line(md, "Use instead", "`" + notKey.useInstead() + "`");
    }
    appendSource(md, notKey.source());
    return md.toString().strip();
  }

  /** Plain values on one line; values with notes as a nested list, one per line. */
  private static void appendValues(StringBuilder md, KeySpec key) {
    if (key.values().isEmpty()) {
      return;
    }
    if (key.values().stream().allMatch(v -> v.doc() == null)) {
      line(md, "Values", key.values().stream().map(v -> "`" + v.value() + "`")
          .collect(Collectors.joining(", ")));
      return;
    }
    md.append("- Values:\n");
    for (AllowedValue value : key.values()) {
      md.append("  - `").append(value.value()).append('`');
      if (value.doc() != null) {
        md.append(": ").append(value.doc().strip());
      }
      md.append('\n');
    }
  }

  private static void line(StringBuilder md, String label, String text) {
    md.append("- ").append(label).append(": ").append(text.strip()).append('\n');
  }

  private static void appendSource(StringBuilder md, Source source) {
    if (source == null) {
      return;
    }
    String href = source.href();
    String body = md.toString().stripTrailing();
    md.setLength(0);
    md.append(body).append("\n\nSource: ");
    if (href == null) {
      md.append(source.label());
    } else {
      md.append('[').append(source.label()).append("](").append(href).append(')');
    }
    md.append('\n');
  }
}
