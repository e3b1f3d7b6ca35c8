package dev.distlint.syntax.envsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.distlint.syntax.Marked;
import dev.distlint.syntax.Samples;
import dev.distlint.syntax.vmargs.VmFlag;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnvShParserTest {

  @Test
  void readsTheClusteringLinesOfAnEnvShTemplate() {
    EnvShFile f = EnvShParser.parse(Samples.ENV_SH_EEX);

    EnvAssignment dist = f.last("RELEASE_DISTRIBUTION").orElseThrow();
    assertEquals("name", dist.rawValue());
    assertTrue(dist.exported());
    assertNull(dist.condition());

    EnvAssignment node = f.last("RELEASE_NODE").orElseThrow();
    assertEquals("<%= @release.name %>@${POD_IP}", node.rawValue());
    assertTrue(node.references("POD_IP"));
    assertFalse(f.last("RELEASE_MODE").isPresent(), "commented out");
  }

  @Test
  void recordsCaseConditionsAndTellsStartFromDaemonOnly() {
    EnvShFile f = EnvShParser.parse(Samples.ENV_SH_EEX);

    EnvAssignment heart = f.all("ELIXIR_ERL_OPTIONS").get(0);
    assertEquals("case RELEASE_COMMAND: daemon*", heart.condition());
    assertFalse(heart.appliesToStart());
    assertFalse(f.last("ELIXIR_ERL_OPTIONS").isPresent());

    EnvAssignment command = f.all("HEART_COMMAND").get(0);
    assertTrue(command.exported(), "exported by a later 'export HEART_COMMAND'");
    assertEquals("$RELEASE_ROOT/bin/$RELEASE_NAME $RELEASE_COMMAND", command.rawValue());
    assertEquals(List.of("RELEASE_ROOT", "RELEASE_NAME", "RELEASE_COMMAND"),
        command.expansions().stream().map(Expansion::variable).toList());

    EnvAssignment aflags = f.last("ERL_AFLAGS").orElseThrow();
    assertEquals("case RELEASE_COMMAND: start*|daemon*", aflags.condition());
    assertEquals(List.of("start*", "daemon*"), aflags.guards().get(0).patterns());
    assertTrue(aflags.appliesToStart());
    assertEquals("30", aflags.flags().param("kernel", "net_ticktime").orElseThrow().value().text());
  }

  @Test
  void readsTheFlyGuideBlock() {
    EnvShFile f = EnvShParser.parse(Samples.ENV_SH_FLY);

    EnvAssignment node = f.last("RELEASE_NODE").orElseThrow();
    assertEquals("${FLY_APP_NAME}-${FLY_IMAGE_REF##*-}@${FLY_PRIVATE_IP}", node.rawValue());
    List<Expansion> ex = node.expansions();
    assertEquals(3, ex.size());
    assertEquals("FLY_IMAGE_REF", ex.get(1).variable());
    assertEquals("##", ex.get(1).operator());
    assertEquals("*-", ex.get(1).argument());
    assertNull(ex.get(0).operator());

    List<VmFlag> flags = f.vmFlags();
    assertEquals(1, flags.size());
    assertEquals("-proto_dist", flags.get(0).name());
    assertEquals("inet6_tcp", flags.get(0).args().get(0).text());
    assertEquals("name", f.last("RELEASE_DISTRIBUTION").orElseThrow().rawValue());
  }

  @Test
  void readsIfBlocksCommandSubstitutionsAndDefaults() {
    EnvShFile f = EnvShParser.parse(Samples.ENV_SH_FLY);

    EnvAssignment ip = f.last("POD_IP").orElseThrow();
    assertEquals("if [ -z \"$POD_IP\" ]", ip.condition());
    assertFalse(ip.exported());
    assertEquals("hostname -i", ip.expansions().get(0).command());
    assertNull(ip.expansions().get(0).variable());

    EnvAssignment cookie = f.last("RELEASE_COOKIE").orElseThrow();
    assertTrue(cookie.isDefault());
    assertEquals("RELEASE_COOKIE is unset or empty", cookie.condition());
    assertEquals("$(cat /run/secrets/cookie)", cookie.rawValue());
    assertEquals("cat /run/secrets/cookie", cookie.expansions().get(0).command());
  }

  @Test
  void rangesAreExact() {
    Marked m = Marked.of("""
        export «RELEASE_NODE»="«${FLY_APP_NAME}-«${FLY_IMAGE_REF##*-}»@${FLY_PRIVATE_IP}»"
        «ERL_AFLAGS»='«-proto_dist «inet6_tcp»»'
        export «HOST»=«$(«hostname -f»)»
        : ${«COOKIE»:=«abc»}
        """);
    EnvShFile f = EnvShParser.parse(m.text);
    EnvAssignment node = f.last("RELEASE_NODE").orElseThrow();
    assertEquals(m.range(0), node.nameRange());
    assertEquals(m.range(1), node.valueRange());
    assertEquals(m.range(2), node.expansions().get(1).range());

    EnvAssignment aflags = f.last("ERL_AFLAGS").orElseThrow();
    assertEquals(m.range(3), aflags.nameRange());
    assertEquals(m.range(4), aflags.valueRange());
    assertEquals(m.range(5), aflags.flags().flag("-proto_dist").orElseThrow().args().get(0).range());

    EnvAssignment host = f.last("HOST").orElseThrow();
    assertEquals(m.range(6), host.nameRange());
    assertEquals(m.range(7), host.valueRange());
    assertEquals(m.range(7), host.expansions().get(0).range());
    assertEquals(m.at(m.range(8)), host.expansions().get(0).command());

    EnvAssignment cookie = f.last("COOKIE").orElseThrow();
    assertEquals(m.range(9), cookie.nameRange());
    assertEquals(m.range(10), cookie.valueRange());
  }

  @Test
  void lastSkipsBranchesThatDoNotRunOnStart() {
    EnvShFile f = EnvShParser.parse("""
        export RELEASE_NODE=a@127.0.0.1
        case "$RELEASE_COMMAND" in
          remote|rpc) export RELEASE_NODE=b@x ;;
          start) export RELEASE_NODE=c@x ;;
        esac
        set_node() {
          export RELEASE_NODE=d@x
        }
        ( export RELEASE_NODE=e@x )
        : ${RELEASE_NODE:=f@x}
        """);
    assertEquals(6, f.all("RELEASE_NODE").size());
    assertEquals("c@x", f.last("RELEASE_NODE").orElseThrow().rawValue());
    assertEquals("function set_node", f.all("RELEASE_NODE").get(3).condition());
    assertEquals("subshell", f.all("RELEASE_NODE").get(4).condition());
  }

  @Test
  void andOrListsElseBranchesAndNestingBecomeConditions() {
    EnvShFile f = EnvShParser.parse("""
        [ -n "$FLY_APP_NAME" ] && export RELEASE_DISTRIBUTION=name
        if [ "$MODE" = k8s ]; then
          case $RELEASE_COMMAND in
            start*) export A=1 ;;
          esac
        elif [ "$MODE" = fly ]; then B=2
        else C=3; fi
        """);
    assertEquals("[ -n \"$FLY_APP_NAME\" ] &&", f.last("RELEASE_DISTRIBUTION").orElseThrow().condition());
    assertEquals("if [ \"$MODE\" = k8s ] && case RELEASE_COMMAND: start*",
        f.last("A").orElseThrow().condition());
    assertEquals("elif [ \"$MODE\" = fly ]", f.last("B").orElseThrow().condition());
    assertEquals("else (if [ \"$MODE\" = k8s ])", f.last("C").orElseThrow().condition());
  }

  @Test
  void continuationsQuotesAndLaterExports() {
    EnvShFile f = EnvShParser.parse("""
        ERL_AFLAGS="-proto_dist inet6_tcp \\
          -kernel net_ticktime 20"
        NAME='lit $NOT_EXPANDED'
        export NAME
        MIXED=a"b c"'d'\\ e
        set -a
        LATER=1
        """);
    EnvAssignment aflags = f.last("ERL_AFLAGS").orElseThrow();
    assertEquals("-proto_dist inet6_tcp   -kernel net_ticktime 20", aflags.rawValue());
    assertEquals("20", aflags.flags().param("kernel", "net_ticktime").orElseThrow().value().text());
    assertFalse(aflags.exported());
    EnvAssignment name = f.last("NAME").orElseThrow();
    assertTrue(name.exported());
    assertTrue(name.expansions().isEmpty());
    assertEquals("lit $NOT_EXPANDED", name.rawValue());
    assertEquals("ab cd e", f.last("MIXED").orElseThrow().rawValue());
    assertTrue(f.last("LATER").orElseThrow().exported());
  }

  @Test
  void commandsAreKeptWithTheirConditions() {
    EnvShFile f = EnvShParser.parse("""
        case $RELEASE_COMMAND in
          start) "$RELEASE_ROOT/bin/app" eval "App.Release.migrate" ;;
        esac
        cat <<EOF > /tmp/x
        export NOT_AN_ASSIGNMENT=1
        EOF
        export AFTER=1
        """);
    EnvCommand migrate = f.commands().get(0);
    assertEquals(List.of("$RELEASE_ROOT/bin/app", "eval", "App.Release.migrate"), migrate.words());
    assertEquals("case RELEASE_COMMAND: start", migrate.condition());
    assertFalse(f.last("NOT_AN_ASSIGNMENT").isPresent(), "inside a here-document");
    assertTrue(f.last("AFTER").isPresent());
  }

  @Test
  void templateTagsAreOpaqueAndBlockTagsAreSkipped() {
    EnvShFile f = EnvShParser.parse("""
        <%= if @release.name == :web do %>
        export RELEASE_NODE=<%= @release.name %>@$(hostname -i)
        <% end %>
        export COOKIE='<%= @cookie %>'
        """);
    assertEquals("<%= @release.name %>@$(hostname -i)", f.last("RELEASE_NODE").orElseThrow().rawValue());
    assertEquals("<%= @cookie %>", f.last("COOKIE").orElseThrow().rawValue());
    assertEquals(4, f.eexTags().size());
    assertTrue(f.commands().isEmpty(), f.commands().toString());
  }

  @Test
  void halfTypedQuoteDoesNotHideTheRestOfTheFile() {
    EnvShFile f = EnvShParser.parse("""
        export RELEASE_NODE="app@
        export RELEASE_DISTRIBUTION=name
        """);
    assertEquals("app@", f.last("RELEASE_NODE").orElseThrow().rawValue());
    assertEquals("name", f.last("RELEASE_DISTRIBUTION").orElseThrow().rawValue());
  }

  @Test
  void crlfAndEmoji() {
    Marked m = Marked.of("# 🚀\r\nexport «A»=\"«x🙂y»\"\r\n«B»=«$C»\r\r«D»=1");
    EnvShFile f = EnvShParser.parse(m.text);
    assertEquals(m.range(0), f.last("A").orElseThrow().nameRange());
    assertEquals(m.range(1), f.last("A").orElseThrow().valueRange());
    assertEquals(m.range(2), f.last("B").orElseThrow().nameRange());
    assertEquals(m.range(3), f.last("B").orElseThrow().valueRange());
    assertEquals("C", f.last("B").orElseThrow().expansions().get(0).variable());
    assertEquals(m.range(4), f.last("D").orElseThrow().nameRange());
  }
}
