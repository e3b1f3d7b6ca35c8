package dev.distlint.assist;

import dev.distlint.base.FileKind;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Snippets for Kubernetes manifests that set a BEAM cluster up correctly: the headless discovery
 * Service, a quorum-safe disruption budget, the downward-API variables node names need, RBAC for
 * libcluster's Kubernetes strategy, and separate liveness/readiness/startup probes.
 */
final class KubernetesSnippets implements Assistant {
  /** Where a snippet belongs: a document's top level, a container's env list, a container. */
  private enum Place { TOP, ENV, CONTAINER }

  private record Snippet(String label, Place place, String doc, String body) {
  }

  private static final List<Snippet> SNIPPETS = List.of(
      new Snippet("headless discovery Service", Place.TOP,
          "A headless Service (clusterIP: None) whose DNS name resolves to every pod IP, as"
              + " DNS-based discovery needs. publishNotReadyAddresses lets booting nodes find"
              + " each other before they are ready.",
          "apiVersion: v1\nkind: Service\nmetadata:\n  name: ${1:app}-nodes\nspec:\n"
              + "  clusterIP: None\n  publishNotReadyAddresses: true\n  selector:\n"
              + "    app: ${2:app}\n  ports:\n    - name: epmd\n      port: 4369\n$0"),
      new Snippet("PodDisruptionBudget maxUnavailable: 1", Place.TOP,
          "A disruption budget that lets a drain evict one member at a time, which keeps a"
              + " majority of any group of three or more.",
          "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: ${1:app}\n"
              + "spec:\n  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app: ${2:app}\n$0"),
      new Snippet("RBAC Role for libcluster endpoints", Place.TOP,
          "Role, RoleBinding and ServiceAccount that let Cluster.Strategy.Kubernetes list"
              + " endpoints (its default lookup mode) and pods.",
          "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ${1:app}\n---\n"
              + "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: ${1:app}-discovery\n"
              + "rules:\n  - apiGroups: [\"\"]\n    resources: [\"endpoints\", \"pods\"]\n"
              + "    verbs: [\"get\", \"list\", \"watch\"]\n---\n"
              + "apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n"
              + "  name: ${1:app}-discovery\nsubjects:\n  - kind: ServiceAccount\n    name: ${1:app}\n"
              + "roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n"
              + "  name: ${1:app}-discovery\n$0"),
      new Snippet("downward API env POD_IP and NAMESPACE", Place.ENV,
          "Environment variables filled by Kubernetes with the pod's IP and namespace, as"
              + " RELEASE_NODE=app@${POD_IP} needs.",
          "- name: POD_IP\n  valueFrom:\n    fieldRef:\n      fieldPath: status.podIP\n"
              + "- name: NAMESPACE\n  valueFrom:\n    fieldRef:\n      fieldPath: metadata.namespace\n$0"),
      new Snippet("liveness, readiness and startup probes", Place.CONTAINER,
          "Liveness asks only whether the VM answers; readiness also checks dependencies; the"
              + " startup probe gives a node time to join its cluster before liveness applies.",
          "livenessProbe:\n  httpGet:\n    path: /health\n    port: ${1:4000}\n  periodSeconds: 10\n"
              + "readinessProbe:\n  httpGet:\n    path: /health/ready\n    port: ${1:4000}\n"
              + "  periodSeconds: 5\nstartupProbe:\n  httpGet:\n    path: /health\n"
              + "    port: ${1:4000}\n  failureThreshold: 30\n  periodSeconds: 2\n$0"));

  @Override
  public List<Suggestion> complete(ParsedFile file, int offset, Workspace ws) {
    if (file.kind() != FileKind.K8S && file.kind() != FileKind.YAML) {
      return List.of();
    }
    LineContext line = LineContext.at(file.text(), offset);
    if (!line.atLineStart()) {
      return List.of();
    }
    boolean top = line.indent() == 0;
    KubernetesPlace place = KubernetesPlace.at(file.text(), line.lineStart(), line.indent());
    Place here = top ? Place.TOP : place.parent().equals("env") ? Place.ENV
        : "container".equals(place.context()) ? Place.CONTAINER : null;
    List<Suggestion> out = new ArrayList<>();
    for (Snippet s : SNIPPETS) {
      if (s.place() == here) {
        String body = top ? s.body() : indent(s.body(), line.before().substring(0, line.indent()));
        out.add(new Suggestion(s.label(), Suggestion.Kind.SNIPPET, "distlint snippet", s.doc(),
            body, true, line.word(), "0" + s.label()));
      }
    }
    return out;
  }

  private static String indent(String body, String prefix) {
    return body.replace("\n", "\n" + prefix).stripTrailing();
  }

  @Override
  public Optional<HoverInfo> hover(ParsedFile file, int offset, Workspace ws) {
    return Optional.empty();
  }
}
