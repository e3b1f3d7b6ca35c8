package dev.distlint.assist;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.distlint.documents.ParsedFile;
import dev.distlint.workspace.Workspace;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every assistant answers on realistic files without throwing: at the end (and two other
 * offsets) of every third prefix, and at every offset of the whole text
 * (the registry would only log a failure, so the assistants are called directly here).
 */
class AssistRobustnessTest {
  private static final List<Assistant> ASSISTANTS = List.of(new ElixirAssistant(),
      new VmArgsAssistant(), new EnvShAssistant(), new FlyAssistant(), new KubernetesHovers(),
      new KubernetesSnippets());

  private static final String RUNTIME = "import Config\n\nif config_env() == :prod do\n"
      + "  config :libcluster,\n    topologies: [\n      k8s: [\n"
      + "        strategy: Cluster.Strategy.Kubernetes,\n        config: [\n"
      + "          mode: :ip, # pod IPs\n          kubernetes_selector: \"app=#{app}\",\n"
      + "          polling_interval: 10_000, secret: ~s(a]b)\n        ]\n      ]\n    ]\n"
      + "  config :kernel, net_ticktime: 30\n  config(:chat, Oban, peer: false, plugins: [{Oban.Cron, crontab: []}])\n"
      + "end\n";
  private static final String APP = "defmodule Chat.Application do\n  def start(_t, _a) do\n"
      + "    children = [\n      {Horde.Registry, name: R, keys: :unique, members: [{R, :\"a@h\"}]},\n"
      + "      {DeltaCrdt, crdt: DeltaCrdt.AWLWWMap, name: C},\n      %{id: :x, start: {M, :f, []}},\n"
      + "      fn -> ?[ end\n    ]\n    :ra.start_cluster(:default, :c, {:module, M, %{}}, [{:c, node()}])\n"
      + "  end\nend\n";

  @Test
  void noAssistantThrowsOnAnyPrefixOrOffset() {
    check("config/runtime.exs", RUNTIME);
    check("lib/chat/application.ex", APP);
    check("rel/vm.args.eex", "-name <%= @release.name %>@127.0.0.1\n-kernel net_ticktime 30\n"
        + "-proto_dist inet6_tcp\n# comment <%\n+P 1000000\n");
    check("rel/env.sh.eex", "#!/bin/sh\nexport RELEASE_DISTRIBUTION=name\n"
        + "export RELEASE_NODE=<%= @release.name %>@${POD_IP}\nif [ -n \"$X\" ]; then\n  export A=\"b\n");
    check("fly.toml", "app = \"chat\"\nkill_timeout = 30\n[env]\n  DNS_CLUSTER_QUERY = \"chat.internal\"\n"
        + "[[services]]\n  internal_port = 4000\n[deploy\n");
    check("k8s/app.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec:\n"
        + "  clusterIP: None\n---\nkind: PodDisruptionBudget\nspec:\n  maxUnavailable: 1\n"
        + "---\nkind: StatefulSet\nspec:\n  replicas: 3\n");
  }

  private static void check(String path, String text) {
    for (int end = 0; end <= text.length(); end += 3) {
      String prefix = text.substring(0, end);
      ParsedFile f = ParsedFile.of(path, prefix);
      Workspace ws = Workspace.of(f);
      for (int off : new int[] {end, end / 2, Math.max(0, end - 1)}) {
        for (Assistant a : ASSISTANTS) {
          assertNotNull(a.complete(f, off, ws));
          assertNotNull(a.hover(f, off, ws));
        }
      }
    }
    ParsedFile f = ParsedFile.of(path, text);
    for (int off = 0; off <= text.length(); off++) {
      for (Assistant a : ASSISTANTS) {
        assertNotNull(a.complete(f, off, Workspace.of(f)));
        assertNotNull(a.hover(f, off, Workspace.of(f)));
      }
    }
  }
}
