package dev.distlint.facts.state;

import dev.distlint.documents.ParsedFile;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExCall;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.ExWalker;
import java.util.ArrayList;
import java.util.List;

/**
 * Literal lists of voting members in a file: the server ids given to {@code :ra.start_cluster},
 * and the static {@code members:} of a Horde supervisor that places children by quorum. Lists
 * built at run time (from {@code Node.list()}, a comprehension, a {@code [h | t]} tail) are not
 * counted. Files under {@code test/} are skipped: single-member groups are normal there.
 */
public final class QuorumMembers {
  private static final String RA_START = ":ra.start_cluster";
  private static final String QUORUM = "Horde.UniformQuorumDistribution";

  /** One group: its member list and what starts it ({@code ":ra.start_cluster"}). */
  public record Group(ExList members, String owner) {
    public int size() {
      return members.items().size();
    }
  }

  private QuorumMembers() {
  }

  public static List<Group> of(ParsedFile f) {
    List<Group> out = new ArrayList<>();
    String path = f.path().replace('\\', '/');
    if (path.startsWith("test/") || path.contains("/test/")) {
      return out;
    }
    for (ExCall c : ExWalker.calls(ElixirViews.ast(f), RA_START)) {
      for (ExNode arg : c.args()) {
        if (arg instanceof ExList l) {
          add(out, l, RA_START);
          break;
        }
      }
    }
    for (HordeSpecs.Spec s : HordeSpecs.of(f)) {
      boolean quorum = s.options() != null && s.options().keywordValue("distribution_strategy")
          .flatMap(ExNode::asAliasName).map(QUORUM::equals).orElse(false);
      if (quorum && s.options().keywordValue("members").orElse(null) instanceof ExList l) {
        add(out, l, s.module() + " with " + QUORUM);
      }
    }
    return out;
  }

  private static void add(List<Group> out, ExList members, String owner) {
    if (!members.items().isEmpty() && !Options.hasTail(members)) {
      out.add(new Group(members, owner));
    }
  }
}
