package dev.distlint.assist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** vm.args, env.sh and fly.toml completion and hover. */
class ReleaseFilesAssistTest {
  private static final String VMARGS = "rel/vm.args.eex";
  private static final String ENVSH = "rel/env.sh.eex";
  private static final String FLY = "fly.toml";

  private static void has(Editor.Completion c, String... labels) {
    for (String l : labels) {
      assertTrue(c.contains(l), "missing " + l + " in " + c);
    }
  }

  private static void has(Editor.Hover h, String... fragments) {
    for (String f : fragments) {
      assertTrue(h.contains(f), "missing \"" + f + "\" in hover:\n" + h);
    }
  }

  @Test
  void vmArgsFlags() {
    var c = Editor.of("## flags\n-‸", VMARGS).completion();
    has(c, "-name", "-sname", "-setcookie", "-proto_dist", "-ssl_dist_optfile", "-hidden",
        "-start_epmd", "-erl_epmd_port", "-connect_all", "-kernel");
    assertEquals("-", c.replaced("-name"));
    assertTrue(c.item("-proto_dist").insertText().contains("inet6_tcp"));
    assertTrue(c.item("-name").insertText().contains("<%= @release.name %>"));
  }

  @Test
  void vmArgsValuesAndKernelParams() {
    has(Editor.of("-proto_dist ‸", VMARGS).completion(), "inet_tcp", "inet6_tcp", "inet_tls");
    has(Editor.of("-start_epmd f‸", VMARGS).completion(), "false", "true");
    has(Editor.of("-kernel ‸", VMARGS).completion(), "net_ticktime", "inet_dist_listen_min",
        "prevent_overlapping_partitions");
    has(Editor.of("-kernel dist_auto_connect ‸", VMARGS).completion(), "never", "once");
    has(Editor.of("-name ‸", VMARGS).completion(), "<%= @release.name %>");
    has(Editor.of("-sname <‸", VMARGS).completion(), "<%= @release.name %>");
  }

  @Test
  void vmArgsHovers() {
    has(Editor.of("-kernel net_tick‸time 30\n-kernel net_tickintensity 6\n", VMARGS).hover(),
        "a tick every 5 s", "between 25 and 35 s");
    has(Editor.of("-kernel net_ticktime 6‸0\n", VMARGS).hover(), "45", "75");
    has(Editor.of("-setco‸okie abc\n", VMARGS).hover(), "secret");
    has(Editor.of("-proto_dist inet6‸_tcp\n", VMARGS).hover(), "Fly.io");
    has(Editor.of("-name <%= @release.na‸me %>@127.0.0.1\n", VMARGS).hover(), "release name");
    assertFalse(Editor.of("# -na‸me\n", VMARGS).hover().isPresent());
  }

  @Test
  void envShVariables() {
    var c = Editor.of("#!/bin/sh\n‸", ENVSH).completion();
    has(c, "RELEASE_DISTRIBUTION", "RELEASE_NODE", "RELEASE_COOKIE", "ERL_AFLAGS",
        "ELIXIR_ERL_OPTIONS", "POD_A_RECORD", "CLUSTER_DOMAIN", "DNS_CLUSTER_QUERY",
        "env.sh: Fly.io private network (IPv6)", "RELEASE_NODE for mode :ip",
        "RELEASE_NODE for mode :dns");
    assertTrue(c.item("RELEASE_DISTRIBUTION").insertText()
        .startsWith("export RELEASE_DISTRIBUTION=${1|"));
    assertTrue(c.item("RELEASE_COOKIE").documentation().contains("Caution"));
    String dns = c.item("RELEASE_NODE for mode :dns").insertText();
    assertTrue(dns.contains("POD_A_RECORD") && dns.contains("\\${NAMESPACE}"), dns);
    assertTrue(c.item("env.sh: Fly.io private network (IPv6)").insertText()
        .contains("inet6_tcp"));
  }

  @Test
  void envShAfterExportAndValues() {
    var c = Editor.of("export RELEASE_D‸", ENVSH).completion();
    assertTrue(c.item("RELEASE_DISTRIBUTION").insertText().startsWith("RELEASE_DISTRIBUTION="));
    assertEquals("RELEASE_D", c.replaced("RELEASE_DISTRIBUTION"));
    has(Editor.of("export RELEASE_DISTRIBUTION=‸", ENVSH).completion(), "name", "sname", "none");
    has(Editor.of("export RELEASE_NODE=‸", ENVSH).completion(),
        "<%= @release.name %>@${POD_IP}");
    assertTrue(Editor.of("echo \"hello ‸", ENVSH).completion().isEmpty());
  }

  @Test
  void envShHovers() {
    has(Editor.of("export RELEASE_DISTRI‸BUTION=name\n", ENVSH).hover(), "sname");
    has(Editor.of("export RELEASE_COOKIE=\"$(cat /run/secrets/c)\"\n".replace("RELEASE_COOKIE",
        "RELEASE_CO‸OKIE"), ENVSH).hover(), "Caution");
    has(Editor.of("export RELEASE_NODE=app@${PO‸D_IP}\n", ENVSH).hover(), "status.podIP");
    has(Editor.of("export RELEASE_DISTRIBUTION=na‸me\n", ENVSH).hover(), "`name`: long names");
  }

  @Test
  void flyKeysPerTable() {
    var top = Editor.of("app = \"chat\"\n‸", FLY).completion();
    has(top, "kill_timeout", "kill_signal", "[env]", "[deploy]", "[env] DNS_CLUSTER_QUERY");
    var env = Editor.of("app = \"chat\"\n\n[env]\n  ‸", FLY).completion();
    has(env, "DNS_CLUSTER_QUERY", "RELEASE_COOKIE");
    assertFalse(env.contains("kill_timeout"));
    var deploy = Editor.of("[deploy]\n‸", FLY).completion();
    has(deploy, "release_command");
    assertTrue(deploy.item("release_command").insertText().contains("/app/bin/migrate"));
    has(Editor.of("kill_signal = ‸", FLY).completion(), "\"SIGTERM\"");
  }

  @Test
  void flyHovers() {
    has(Editor.of("kill_time‸out = 5\n", FLY).hover(), "drain");
    has(Editor.of("[env]\n  RELEASE_CO‸OKIE = \"x\"\n", FLY).hover(), "fly secrets");
    has(Editor.of("[de‸ploy]\n  release_command = \"/app/bin/migrate\"\n", FLY).hover(),
        "release_command");
  }
}
