package dev.distlint.assist;

import dev.distlint.knowledge.Context;
import dev.distlint.knowledge.Grammars;
import dev.distlint.knowledge.KeyHover;
import dev.distlint.knowledge.KeySpec;
import dev.distlint.base.TextRange;
import dev.distlint.base.FileKind;
import dev.distlint.facts.Libraries;
import dev.distlint.facts.Quorum;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.documents.ParsedFile;
import dev.distlint.model.k8s.WorkloadKinds;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hover on the Kubernetes fields that matter to a BEAM cluster, from {@code grammars/kubernetes.yaml}:
 * replica counts (with the quorum when the workspace runs ra or Horde's quorum distribution),
 * the termination grace period, disruption budgets (the quorum-safe range), headless Services and
 * probes. The field's place comes from the indentation of the lines above and the document's
 * {@code kind:}, so a manifest being edited need not parse.
 */
final class KubernetesHovers implements Assistant {
  private static final Pattern KIND = Pattern.compile("(?m)^kind:\\s*([A-Za-z]+)");
  private static final Set<String> PROBES = Set.of("livenessProbe", "readinessProbe",
      "startupProbe");

  private final Grammars grammars = Grammars.load();

  @Override
  public List<Suggestion> complete(ParsedFile file, int offset, Workspace ws) {
    return List.of();
  }

  @Override
  public Optional<HoverInfo> hover(ParsedFile file, int offset, Workspace ws) {
    if (file.kind() != FileKind.K8S) {
      return Optional.empty();
    }
    String text = file.text();
    int s = offset;
    int e = offset;
    while (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))) {
      s--;
    }
    while (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
      e++;
    }
    if (s >= e || e >= text.length() || text.charAt(e) != ':') {
      return Optional.empty();
    }
    String key = text.substring(s, e);
    LineContext line = LineContext.at(text, s);
    String before = line.before();
    if (!before.isBlank() && !before.strip().equals("-")) {
      return Optional.empty();
    }
    int docStart = Math.max(0, text.lastIndexOf("\n---", s) + 1);
    int docEnd = text.indexOf("\n---", s);
    String doc = text.substring(docStart, docEnd < 0 ? text.length() : docEnd);
    Matcher km = KIND.matcher(doc);
    String kind = km.find() ? km.group(1) : "";
    String parent = parentKey(text, docStart, line.lineStart(), s - line.lineStart());
    Optional<String> ctxId = contextOf(kind, parent, key);
    if (ctxId.isEmpty()) {
      return Optional.empty();
    }
    Optional<Context> ctx = grammars.context("kubernetes", ctxId.get());
    Optional<KeySpec> spec = ctx.flatMap(c -> c.key(key));
    if (spec.isEmpty()) {
      return Optional.empty();
    }
    int lineEnd = text.indexOf('\n', e);
    String value = text.substring(e + 1, lineEnd < 0 ? text.length() : lineEnd).strip();
    String extra = extra(key, value, kind, file, ws);
    String md = KeyHover.markdown(ctx.get(), spec.get());
    return Optional.of(new HoverInfo(new TextRange(s, e),
        extra.isEmpty() ? md : extra + "\n\n" + md));
  }

  /** The key of the nearest line above with less indentation, within the document. */
  private static String parentKey(String text, int docStart, int lineStart, int column) {
    int pos = lineStart;
    while (pos > docStart) {
      int prevEnd = pos - 1;
      int prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
      prevStart = Math.max(prevStart, docStart);
      String l = text.substring(prevStart, prevEnd);
      pos = prevStart;
      String stripped = l.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      int indent = l.length() - l.stripLeading().length();
      String body = stripped.startsWith("- ") ? stripped.substring(2).stripLeading() : stripped;
      int keyIndent = indent + (stripped.length() - body.length());
      if (keyIndent < column || indent < column && stripped.startsWith("- ")) {
        int colon = body.indexOf(':');
        return colon > 0 ? body.substring(0, colon).strip() : "";
      }
    }
    return "";
  }

  private static Optional<String> contextOf(String kind, String parent, String key) {
    if (PROBES.contains(key)) {
      return Optional.of("container");
    }
    if (parent.endsWith("Probe")) {
      return Optional.of("probe");
    }
    if (kind.equals("PodDisruptionBudget") && parent.equals("spec")) {
      return Optional.of("pdb_spec");
    }
    if (kind.equals("Service") && parent.equals("spec")) {
      return Optional.of("service_spec");
    }
    if (key.equals("terminationGracePeriodSeconds") || key.equals("serviceAccountName")) {
      return Optional.of("pod_spec");
    }
    if (WorkloadKinds.isReplicated(kind) && parent.equals("spec")
        && (key.equals("replicas") || key.equals("serviceName")
        || key.equals("podManagementPolicy"))) {
      return Optional.of("workload_spec");
    }
    return Optional.empty();
  }

  private static String extra(String key, String value, String kind, ParsedFile file,
      Workspace ws) {
    long n = HoverExtras.leadingInteger(value);
    switch (key) {
      case "replicas":
        if (n > 0 && ws != null && Libraries.usesQuorum(ws)) {
          long q = Quorum.of(n);
          return "**Quorum:** " + HoverExtras.quorum((int) n) + " A disruption budget keeps the"
              + " quorum with maxUnavailable at most " + (n - q) + " (minAvailable at least " + q
              + ").";
        }
        return "";
      case "terminationGracePeriodSeconds":
        return n >= 0 ? "**" + n + " s** between SIGTERM and SIGKILL (the default is 30 s)."
            : "";
      case "minAvailable":
      case "maxUnavailable":
        return budget(key, n, file, ws);
      default:
        return "";
    }
  }

  /** The quorum-safe range of a disruption budget, from the workloads' replica counts. */
  private static String budget(String key, long value, ParsedFile file, Workspace ws) {
    List<KubeObject> workloads = new ArrayList<>();
    if (ws != null) {
      for (KubeObject o : KubeObjects.all(ws)) {
        if (o.isWorkload() && o.replicas() != null && o.path().equals(file.path())) {
          workloads.add(0, o);
        } else if (o.isWorkload() && o.replicas() != null) {
          workloads.add(o);
        }
      }
    } else {
      workloads.addAll(KubeObjects.of(file).stream()
          .filter(o -> o.isWorkload() && o.replicas() != null).toList());
    }
    if (workloads.isEmpty()) {
      return "";
    }
    KubeObject w = workloads.get(0);
    long n = w.replicas();
    long q = Quorum.of(n);
    String range = "**Quorum-safe range** for " + w.kind() + " " + w.name() + " (" + n
        + " replicas, quorum " + q + "): maxUnavailable from 1 to " + Math.max(0, n - q)
        + ", or minAvailable from " + q + " to " + Math.max(q, n - 1) + ".";
    if (value >= 0) {
      boolean safe = key.equals("maxUnavailable") ? value <= n - q && value >= 1
          : value >= q && value < n;
      range += safe ? " This value keeps a majority during a drain."
          : key.equals("maxUnavailable") && value > n - q
              ? " This value lets a drain take the group below its quorum."
              : key.equals("minAvailable") && value < q
                  ? " This value lets a drain take the group below its quorum."
                  : " With this value a drain cannot evict any pod.";
    }
    return range;
  }
}
