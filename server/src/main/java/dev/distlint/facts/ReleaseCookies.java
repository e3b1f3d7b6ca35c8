package dev.distlint.facts;

import dev.distlint.facts.Cookies.CookieSetting;
import dev.distlint.base.FileKind;
import dev.distlint.facts.Cookies.CookieSetting;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.model.release.ReleaseViews;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.envsh.EnvAssignment;
import dev.distlint.syntax.toml.TomlString;
import dev.distlint.syntax.toml.TomlTable;
import dev.distlint.syntax.vmargs.Token;
import dev.distlint.syntax.vmargs.VmFlag;
import dev.distlint.documents.ParsedFile;
import java.util.List;
import java.util.Map;

/**
 * Cookie settings of the release files: {@code -setcookie} in vm.args, {@code RELEASE_COOKIE} in
 * env.sh, in a container entry-point script, in a Dockerfile {@code ENV} and in fly.toml's
 * {@code [env]}, {@code cookie:} of a {@code mix.exs} release (a literal also when it is only the
 * fallback of an environment read, {@code System.get_env("RELEASE_COOKIE") || "..."}). Each
 * file is its own group: these settings are not compared with one another.
 */
final class ReleaseCookies {
  private ReleaseCookies() {
  }

  static void read(ParsedFile f, List<CookieSetting> out) {
    String group = "release:" + f.path();
    switch (f.kind()) {
      case VMARGS -> {
        for (VmFlag flag : f.view(ReleaseViews.VM_ARGS).flags("-setcookie")) {
          flag.arg(0).ifPresent(t -> out.add(new CookieSetting(f.path(), t.range(),
              "-setcookie", null, group, Cookies.digestOf(plain(t)))));
        }
      }
      case ENVSH, ENTRYPOINT -> {
        var script = f.view(f.kind() == FileKind.ENVSH ? ReleaseViews.ENV_SH : ReleaseViews.ENTRYPOINT);
        for (EnvAssignment a : script.all("RELEASE_COOKIE")) {
          String v = a.expansions().isEmpty() ? a.rawValue() : null;
          out.add(new CookieSetting(f.path(), a.valueRange(), "RELEASE_COOKIE", null, group,
              Cookies.digestOf(v)));
        }
      }
      case DOCKERFILE -> f.view(ReleaseViews.DOCKERFILE).last("RELEASE_COOKIE").ifPresent(e ->
          out.add(new CookieSetting(f.path(), e.valueRange(), "ENV RELEASE_COOKIE", null, group,
              Cookies.digestOf(e.isReference() ? null : e.value()))));
      case FLY -> {
        TomlTable root = f.view(ReleaseViews.FLY).root();
        root.entryAt("env.RELEASE_COOKIE").ifPresent(e -> {
          String v = e.value() instanceof TomlString s ? s.value() : null;
          out.add(new CookieSetting(f.path(), e.value().range(), "RELEASE_COOKIE", null, group,
              Cookies.digestOf(v)));
        });
      }
      case MIX -> {
        for (Map.Entry<String, ExList> r : f.view(ElixirViews.MIX).releases().entrySet()) {
          r.getValue().keywordValue("cookie").ifPresent(v -> out.add(new CookieSetting(f.path(),
              v.range(), "cookie:", "release '" + r.getKey() + "'", group,
              Cookies.digestOf(ElixirViews.value(f, v).asString().orElse(null)))));
        }
      }
      default -> {
      }
    }
  }

  /** The token's value when it is a plain word, null for templates and variables. */
  private static String plain(Token t) {
    return t.isTemplated() || t.text().contains("$") ? null : t.value();
  }

}
