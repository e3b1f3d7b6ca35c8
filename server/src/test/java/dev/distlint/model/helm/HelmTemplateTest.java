package dev.distlint.model.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.facts.helm.HelmCharts;
import dev.distlint.syntax.helm.HelmTemplate;
import dev.distlint.syntax.yaml.YamlView;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.syntax.yaml.YamlFile;
import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Helm templates read with their chart's values: positions, resolution and unknown regions. */
class HelmTemplateTest {
  private static final String VALUES = """
      replicas: 3
      big: 1000000
      port: 4000
      flags: {on: yes}
      name: chat
      empty: []
      """;

  private static ParsedFile template(String template, String... extraValues) {
    Workspace ws = Workspace.of(ParsedFile.of("chart/Chart.yaml", "apiVersion: v2\nname: c\n"),
        ParsedFile.of("chart/values.yaml", VALUES),
        ParsedFile.of("chart/values-prod.yaml", extraValues.length > 0 ? extraValues[0] : ""),
        ParsedFile.of("chart/templates/t.yaml", template));
    Workspace derived = HelmCharts.derive(ws, List.of("values-prod.yaml"));
    return derived.file("chart/templates/t.yaml");
  }

  private static final String WORKLOAD = """
      apiVersion: apps/v1
      kind: StatefulSet
      metadata:
        name: {{ .Release.Name }}-{{ .Values.name }}
        labels:
          {{- include "c.labels" . | nindent 4 }}
      spec:
        replicas: {{ .Values.replicas }}
        template:
          spec:
            containers:
              - name: "{{ .Values.name }}"
                ports:
                  - containerPort: {{ .Values.port | default 4369 }}
                  - containerPort: {{ .Values.missing | default 9100 }}
                  - containerPort: {{ .Values.big }}
      """;

  @Test
  void valuesLandAtTheActionWithTheirOrigin() {
    ParsedFile f = template(WORKLOAD);
    KubeObject o = KubeObjects.of(f).get(0);
    YScalar r = o.replicasNode();
    assertEquals(3L, r.asLong());
    int at = f.text().indexOf("{{ .Values.replicas }}");
    assertEquals(at, o.range(r).start());
    assertEquals(at + "{{ .Values.replicas }}".length(), o.range(r).end());
    HelmTemplate.Origin origin = f.view(HelmTemplate.VIEW).originAt(o.range(r));
    assertEquals("chart/values.yaml", origin.valuesPath());
    assertEquals(VALUES.indexOf("3"), origin.valuesRange().start());
    assertTrue(o.root().pathMap("metadata").scalar("labels").isUnknown());
    assertTrue(o.root().pathMap("metadata").scalar("name").isUnknown());
    assertEquals("chat", o.containers().get(0).name());
    var ports = o.containers().get(0).ports();
    assertEquals(4000L, ports.get(0).number());
    assertEquals(9100L, ports.get(1).number());
    assertNull(ports.get(2).number(), "Helm prints 1000000 as 1e+06");
    assertNull(f.view(HelmTemplate.VIEW).originAt(o.range(ports.get(1).node().get(
        "containerPort"))), "a default written in the template stays in the template");
  }

  @Test
  void laterValuesFilesWin() {
    ParsedFile f = template(WORKLOAD, "replicas: 5\n");
    assertEquals(5L, KubeObjects.of(f).get(0).replicas());
    KubeObject o = KubeObjects.of(f).get(0);
    assertEquals("chart/values-prod.yaml",
        f.view(HelmTemplate.VIEW).originAt(o.range(o.replicasNode())).valuesPath());
  }

  @Test
  void conditionsTheValuesDecideKeepOrDropTheirLines() {
    ParsedFile f = template("""
        {{- if .Values.flags.on }}
        apiVersion: v1
        kind: Service
        metadata: {name: kept}
        {{- else }}
        apiVersion: v1
        kind: Service
        metadata: {name: dropped}
        {{- end }}
        ---
        {{- with .Values.empty }}
        apiVersion: v1
        kind: Service
        metadata: {name: never}
        {{- end }}
        """);
    List<KubeObject> objects = KubeObjects.of(f);
    assertEquals(1, objects.size());
    assertEquals("kept", objects.get(0).name());
  }

  @Test
  void undecidableRegionsLeaveTheirDocumentUnknownWithoutSyntaxErrors() {
    ParsedFile f = template("""
        {{- /*
          a comment over
          several lines }} with braces
        */ -}}
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: {{ template "c.name" . }}
        data:
          {{- range $k, $v := .Values.flags }}
          {{ $k }}: {{ $v | quote }}
          {{- end }}
        ---
        {{- if .Capabilities.APIVersions.Has "policy/v1" }}
        apiVersion: policy/v1
        {{- else }}
        apiVersion: policy/v1beta1
        {{- end }}
        kind: PodDisruptionBudget
        metadata: {name: pdb}
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: svc
          annotations: {{- toYaml .Values.flags | nindent 4 }}
        spec:
          ports:
            {{- range .Values.ports }}
            - port: {{ . }}
            {{- end }}
        """);
    YamlFile yaml = f.view(YamlView.YAML);
    assertTrue(yaml.problems().isEmpty(), yaml.problems().toString());
    assertEquals(3, yaml.documents().size());
    assertNull(yaml.documents().get(0).root(), "range over a mapping: unknown");
    assertNull(yaml.documents().get(1).root(), "a condition on the cluster: unknown");
    assertNotNull(yaml.documents().get(2).root(), "range over a missing value prints nothing");
  }

  @Test
  void blocksAmongEntriesKeepTheKnownEntriesAndMarkTheRestUnknown() {
    ParsedFile f = template("""
        apiVersion: v1
        kind: Pod
        metadata:
          name: chat
          labels:
            app: chat
            {{- include "c.labels" . | nindent 4 }}
        spec:
          containers:
            - name: chat
              image: ghcr.io/acme/chat:1.0.0
            {{- with .Values.flags }}
            {{- toYaml . | nindent 4 }}
            {{- end }}
        """);
    YamlFile yaml = f.view(YamlView.YAML);
    assertTrue(yaml.problems().isEmpty(), yaml.problems().toString());
    KubeObject pod = KubeObjects.of(f).get(0);
    assertEquals(java.util.Map.of("app", "chat"), pod.labels());
    assertTrue(dev.distlint.syntax.yaml.YNode.unknownIn(pod.root().path("metadata", "labels")));
    assertEquals(1, pod.containers().size());
    assertTrue(dev.distlint.syntax.yaml.YNode.unknownIn(pod.podSpec().get("containers")));
  }

  @Test
  void everyPrefixOfATemplateReadsWithoutFailing() {
    for (int i = 0; i <= WORKLOAD.length(); i += 3) {
      ParsedFile f = template(WORKLOAD.substring(0, i) + "{{");
      f.view(YamlView.YAML);
      KubeObjects.of(f);
    }
  }

  @Test
  void plainYamlInAChartStillReportsItsSyntaxErrors() {
    ParsedFile f = template("apiVersion: v1\nkind: Service\nmetadata: [unclosed\n");
    assertEquals(1, f.view(YamlView.YAML).problems().size());
  }
}
