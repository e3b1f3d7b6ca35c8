package dev.distlint.facts.code;

import dev.distlint.base.FileKind;
import dev.distlint.documents.ParsedFile;
import dev.distlint.facts.Fact;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.view.ConfigCall;
import dev.distlint.syntax.elixir.view.ConfigScript;
import dev.distlint.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The config calls that decide a production node's value of a key: those of
 * {@code config/runtime.exs} that run in prod (evaluated when the release boots) and those of
 * {@code config/prod.exs} (evaluated after {@code config.exs} when the release is built).
 */
public final class ConfigOverrides {
  /** A config call and the file it is in. */
  public record Setting(String path, ConfigCall call) {
  }

  private static final Fact.Family<List<String>, List<Setting>> FOR_PROD =
      Fact.family("config-calls-for-prod", ConfigOverrides::find);

  private ConfigOverrides() {
  }

  /** The prod-deciding calls for {@code app} and {@code module} (null for none). */
  public static List<Setting> forProd(Workspace ws, String app, String module) {
    return FOR_PROD.in(ws, java.util.Arrays.asList(app, module));
  }

  private static List<Setting> find(Workspace ws, List<String> key) {
    String app = key.get(0);
    String module = key.get(1);
    List<Setting> out = new ArrayList<>();
    for (ParsedFile f : ws.filesOf(FileKind.EXS)) {
      ConfigScript script = ElixirViews.config(f);
      boolean prodFile = "prod".equals(script.fileEnv());
      for (ConfigCall c : script.calls()) {
        if (Objects.equals(app, c.app()) && Objects.equals(module, c.module())
            && (c.runtime() ? c.appliesTo("prod") : prodFile)) {
          out.add(new Setting(f.path(), c));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether {@code call} sets the key at {@code keys} (outermost first). Keyword lists merge
   * deeply, so a value that is not a keyword list replaces everything below its key.
   */
  public static boolean sets(ConfigCall call, List<String> keys) {
    ExList level = call.options();
    for (int i = 0; i < keys.size(); i++) {
      Optional<ExNode> v = level.keywordValue(keys.get(i));
      if (v.isEmpty()) {
        return false;
      }
      if (i == keys.size() - 1 || !(v.get() instanceof ExList next && next.isKeywordList())) {
        return true;
      }
      level = next;
    }
    return false;
  }
}
