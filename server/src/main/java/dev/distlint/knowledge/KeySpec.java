package dev.distlint.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * One key of a dialect context: an option, a flag, a parameter or an environment variable.
 *
 * <p>{@code defaultValue} is written as in the library source (e.g. {@code 5_000},
 * {@code :infinity}); {@code defaultNote} explains what leaving the key unset means when that is
 * not a plain value. {@code required} is true when the library fails or does nothing useful
 * without the key; {@code requiredNote} qualifies it (DNSPoll's partial requiredness, Kubernetes'
 * {@code kubernetes_service_name} only for {@code :hostname}). A key with a required note but
 * {@code required == false} is conditionally required. {@code since}/{@code until} bound the
 * library versions that read the key. {@code context} names the context of the same dialect that
 * describes the key's value, when the value is itself a keyword list or map of options
 * (Partisan's {@code hyparview}). Every loaded key has a non-null
 * {@code source}.
 */
public record KeySpec(
    String name,
    List<String> types,
    boolean required,
    String requiredNote,
    String defaultValue,
    String defaultNote,
    List<AllowedValue> values,
    String unit,
    ValueRange range,
    String since,
    String until,
    boolean deprecated,
    String deprecationNote,
    String renamedTo,
    String example,
    String provenance,
    String context,
    String doc,
    Source source) {

  public KeySpec {
    types = List.copyOf(types);
    values = List.copyOf(values);
  }

  /** The declared types joined as written in the grammar: {@code integer | atom}. */
  public String typeLabel() {
    return String.join(" | ", types);
  }

  public Optional<AllowedValue> value(String written) {
    return values.stream().filter(v -> v.value().equals(written)).findFirst();
  }

  public boolean acceptsValue(String written) {
    return values.isEmpty() || value(written).isPresent();
  }
}
