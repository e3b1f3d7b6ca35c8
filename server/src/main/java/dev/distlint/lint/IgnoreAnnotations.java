package dev.distlint.lint;

import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.base.TextRange;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.documents.ParsedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Suppressions written as annotations in a Kubernetes object's metadata; each silences its rules
 * within that object. distlint's own {@code distlint.dev/ignore-RULE: "reason"}, and the
 * annotations of two other linters for the checks that match a distlint rule:
 * kube-linter's {@code ignore-check.kube-linter.io/CHECK: "reason"} and Polaris's
 * {@code polaris.fairwinds.com/CHECK-exempt: "true"}.
 */
public final class IgnoreAnnotations {
  public static final String OWN = "distlint.dev/ignore-";
  private static final String KUBE_LINTER = "ignore-check.kube-linter.io/";
  private static final String POLARIS = "polaris.fairwinds.com/";
  private static final String POLARIS_SUFFIX = "-exempt";

  /** kube-linter check name to the distlint rules it covers. */
  static final Map<String, List<String>> KUBE_LINTER_CHECKS = Map.of(
      "no-readiness-probe", List.of("k8s-readiness-probe-missing"),
      "no-anti-affinity", List.of("k8s-quorum-replicas-same-failure-domain"));
  /** Polaris check id to the distlint rules it covers. */
  static final Map<String, List<String>> POLARIS_CHECKS = Map.of(
      "readinessProbeMissing", List.of("k8s-readiness-probe-missing"),
      "missingPodDisruptionBudget", List.of("k8s-quorum-workload-without-pdb"),
      "topologySpreadConstraint", List.of("k8s-quorum-replicas-same-failure-domain"));

  private IgnoreAnnotations() {
  }

  public static List<Suppressions.Entry> of(ParsedFile file) {
    List<Suppressions.Entry> out = new ArrayList<>();
    for (KubeObject o : KubeObjects.of(file)) {
      YMap ann = o.root().pathMap("metadata", "annotations");
      if (ann == null) {
        continue;
      }
      TextRange target = o.doc().range(o.root());
      for (YMap.Entry e : ann.entries()) {
        Suppressions.Entry s = entry(o, target, e);
        if (s != null) {
          out.add(s);
        }
      }
    }
    return out;
  }

  private static Suppressions.Entry entry(KubeObject o, TextRange target, YMap.Entry e) {
    String key = e.key().value();
    TextRange keyRange = o.range(e.key());
    String value = e.value() instanceof YScalar v && !v.isNull() ? v.value().strip() : null;
    String reason = value == null || value.isEmpty() ? null : value;
    if (key.startsWith(OWN) && key.length() > OWN.length()) {
      TextRange idRange = new TextRange(keyRange.start() + OWN.length(), keyRange.end());
      return annotation(target, keyRange, List.of(new Suppressions.Id(key.substring(OWN.length()),
          idRange)), reason, false);
    }
    if (key.startsWith(KUBE_LINTER)) {
      return mapped(target, keyRange, KUBE_LINTER_CHECKS.get(key.substring(KUBE_LINTER.length())),
          reason);
    }
    if (key.startsWith(POLARIS) && key.endsWith(POLARIS_SUFFIX) && "true".equalsIgnoreCase(value)) {
      String check = key.substring(POLARIS.length(), key.length() - POLARIS_SUFFIX.length());
      return mapped(target, keyRange, POLARIS_CHECKS.get(check), null);
    }
    return null;
  }

  private static Suppressions.Entry mapped(TextRange target, TextRange keyRange, List<String> rules,
      String reason) {
    if (rules == null) {
      return null;
    }
    List<Suppressions.Id> ids = rules.stream().map(r -> new Suppressions.Id(r, keyRange)).toList();
    return annotation(target, keyRange, ids, reason == null ? "exempt for another linter" : reason,
        true);
  }

  private static Suppressions.Entry annotation(TextRange target, TextRange keyRange,
      List<Suppressions.Id> ids, String reason, boolean foreign) {
    return new Suppressions.Entry(Suppressions.Scope.RANGE, ids, -1, target, keyRange, reason,
        null, null, null, foreign);
  }
}
