package dev.distlint.syntax.helm;

import dev.distlint.base.TextRange;
import dev.distlint.syntax.yaml.YScalar;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Puts the values a template prints into the scalar that holds them, when Helm's output would
 * read as the same kind of scalar: a plain value that stays plain, or a value inside a quoted
 * string that needs no escaping. Anything else is left unknown.
 */
final class ScalarResolver {
  /** Text that YAML reads back as one plain scalar with the same value. */
  private static final Pattern PLAIN_SAFE =
      Pattern.compile("[^-?:,\\[\\]{}#&*!|>'\"%@`\\s](?:(?!: |:$| #)[^\\n])*(?<!\\s)"
          + "|-(?=[^\\s])[^\\n]*(?<!\\s)");

  private ScalarResolver() {
  }

  static Optional<YScalar> resolve(YScalar s, TextRange at, List<TemplateMask.Slot> slots,
      String masked, List<HelmTemplate.Origin> origins) {
    for (TemplateMask.Slot slot : slots) {
      if (!slot.value().printable()) {
        return Optional.empty();
      }
    }
    TemplateMask.Slot only = slots.size() == 1 ? slots.get(0) : null;
    boolean whole = only != null && only.start() == at.start() && only.end() == at.end();
    Optional<YScalar> out = whole && s.plain() ? whole(s, only.value()) : spliced(s, at, slots,
        masked);
    if (out.isPresent() && only != null && only.value().origin() != null) {
      ChartValues.Found o = only.value().origin();
      origins.add(new HelmTemplate.Origin(at, o.path(), o.range()));
    }
    return out;
  }

  /** An action that is the whole plain scalar: {@code replicas: {{ .Values.replicas }}}. */
  private static Optional<YScalar> whole(YScalar s, Value v) {
    if (v.quoted()) {
      return v.text().contains("\"") || v.text().contains("\\") ? Optional.empty()
          : Optional.of(new YScalar(v.text(), s.start(), s.end(), false, null));
    }
    if (!PLAIN_SAFE.matcher(v.text()).matches()) {
      return Optional.empty();
    }
    return Optional.of(new YScalar(v.text(), s.start(), s.end(), true, null));
  }

  /** Actions inside a longer scalar: {@code image: "{{ .Values.repo }}:{{ .Values.tag }}"}. */
  private static Optional<YScalar> spliced(YScalar s, TextRange at, List<TemplateMask.Slot> slots,
      String masked) {
    String written = masked.substring(at.start(), at.end());
    int offset = at.start();
    if (!s.plain()) {
      if (written.length() < 2) {
        return Optional.empty();
      }
      written = written.substring(1, written.length() - 1);
      offset++;
    }
    if (!written.equals(s.value())) {
      return Optional.empty(); // escapes or folding: positions and value no longer line up
    }
    StringBuilder b = new StringBuilder();
    int at0 = 0;
    for (TemplateMask.Slot slot : slots) {
      Value v = slot.value();
      int from = slot.start() - offset;
      int to = slot.end() - offset;
      if (from < at0 || to > written.length() || v.quoted()) {
        return Optional.empty();
      }
      b.append(written, at0, from).append(v.text());
      at0 = to;
    }
    b.append(written.substring(at0));
    String value = b.toString();
    char quote = s.plain() ? 0 : masked.charAt(at.start());
    boolean fits = s.plain() ? PLAIN_SAFE.matcher(value).matches()
        : quote == '"' ? !value.contains("\"") && !value.contains("\\") : !value.contains("'");
    return fits ? Optional.of(new YScalar(value, s.start(), s.end(), s.plain(), null))
        : Optional.empty();
  }
}
