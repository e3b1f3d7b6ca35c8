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

/**
 * Hover on the Kubernetes fields that matter to a BEAM cluster, from {@code grammars/kubernetes.yaml}:
 * replica counts (with the quorum when the workspace runs ra or Horde's quorum distribution),
 * the termination grace period, disruption budgets (the quorum-safe range), headless Services and
 * probes. The field's place comes from the indentation of the lines above and the document's
 * {@code kind:}, so a manifest being edited need not parse.
 */
final class KubernetesHovers implements Assistant {

  private final Grammars grammars = Grammars.load();

  /**
   * The keys {@code grammars/kubernetes.yaml} describes for the mapping the cursor is in (a
   * workload's, pod's, Service's or budget's spec, a container, a probe), less those already
   * written there.
   */
  @Override
  public List<Suggestion> complete(ParsedFile file, int offset, Workspace ws) {
    if (file.kind() != FileKind.K8S) {
      return List.of();
    }
    LineContext line = LineContext.at(file.text(), offset);
    String typed = line.before().strip();
    if (!line.atLineStart() && !typed.startsWith("- ") || typed.startsWith("-") && !typed.startsWith("- ")) {
      return List.of();
    }
    int column = line.word().start() - line.lineStart();
    KubernetesPlace place = KubernetesPlace.at(file.text(), line.lineStart(), column);
    Optional<Context> ctx = Optional.ofNullable(place.context())
        .flatMap(id -> grammars.context("kubernetes", id));
    if (ctx.isEmpty()) {
      return List.of();
    }
    List<Suggestion> out = new ArrayList<>();
    java.util.Set<String> written = KubernetesPlace.siblings(file.text(), line.lineStart(), column);
    for (KeySpec k : ctx.get().keys()) {
      if (written.contains(k.name())) {
        continue;
      }
      out.add(new Suggestion(k.name(), Suggestion.Kind.KEY, k.typeLabel(),
          KeyHover.markdown(ctx.get(), k), k.name() + ": ", false, line.word(), "1" + k.name()));
    }
    return out;
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
    KubernetesPlace place = KubernetesPlace.at(text, line.lineStart(), s - line.lineStart());
    String kind = place.kind();
    Optional<String> ctxId = Optional.ofNullable(KubernetesPlace.PROBES.contains(key)
        ? "container" : place.context());
    if (ctxId.isEmpty() && grammars.context("kubernetes", "pod_spec")
        .flatMap(c -> c.key(key)).isPresent()) {
      ctxId = Optional.of("pod_spec");
    }
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
