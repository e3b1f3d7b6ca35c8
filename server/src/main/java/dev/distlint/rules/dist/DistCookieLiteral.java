package dev.distlint.rules.dist;

import dev.distlint.base.Fix;
import dev.distlint.lint.DocumentScoped;
import dev.distlint.lint.RuleContext;
import dev.distlint.facts.Cookies;
import dev.distlint.base.TextRange;
import dev.distlint.base.FileKind;
import dev.distlint.facts.Cookies;
import java.util.List;
import java.util.Optional;

/** The distribution cookie written as a literal in a committed file. */
public final class DistCookieLiteral implements DocumentScoped {
  @Override
  public String id() {
    return "dist-cookie-literal";
  }

  /** The Secret the Kubernetes fix reads the cookie from. */
  static final String SECRET = "release-cookie";

  @Override
  public void check(RuleContext ctx) {
    for (Cookies.CookieSetting c : ctx.file().view(Cookies.VIEW)) {
      if (c.literal()) {
        String who = c.owner() == null ? "" : " of " + c.owner();
        var r = ctx.at(c.range(), c.setting() + who
            + " is a literal in this file; read it from a secret instead.");
        secretFix(ctx, c).ifPresent(r::fix);
        r.emit();
      }
    }
  }

  /**
   * Where the cookie can come from instead: in a compose file the variable of the shell that runs
   * compose; in a Kubernetes manifest a Secret (which the user still has to create).
   */
  private static Optional<Fix> secretFix(RuleContext ctx, Cookies.CookieSetting c) {
    String path = ctx.file().path();
    if (ctx.file().kind() == FileKind.COMPOSE && c.setting().equals("RELEASE_COOKIE")) {
      TextRange inner = unquoted(ctx.file().text(), c.range());
      return Optional.of(new Fix("Take RELEASE_COOKIE from the environment", List.of(
          new Fix.FileEdit(path, inner, "${RELEASE_COOKIE:?set RELEASE_COOKIE}")), false));
    }
    if (ctx.file().kind() != FileKind.K8S) {
      return Optional.empty();
    }
    String text = ctx.file().text();
    int lineStart = ctx.file().lines().lineStart(ctx.file().lines().lineOf(c.range().start()));
    String head = text.substring(lineStart, c.range().start());
    if (!head.strip().equals("value:")) {
      return Optional.empty();
    }
    String indent = head.substring(0, head.indexOf("value:"));
    String nl = text.contains("\r\n") ? "\r\n" : "\n";
    String edit = "valueFrom:" + nl + indent + "  secretKeyRef:" + nl + indent + "    name: "
        + SECRET + nl + indent + "    key: cookie";
    return Optional.of(new Fix("Read RELEASE_COOKIE from Secret '" + SECRET + "'", List.of(
        new Fix.FileEdit(path, new TextRange(lineStart + indent.length(), c.range().end()),
            edit)), false));
  }

  /** The range without the quotes around a quoted scalar. */
  private static TextRange unquoted(String text, TextRange r) {
    boolean quoted = r.length() >= 2 && (text.charAt(r.start()) == '"'
        || text.charAt(r.start()) == '\'') && text.charAt(r.end() - 1) == text.charAt(r.start());
    return quoted ? new TextRange(r.start() + 1, r.end() - 1) : r;
  }
}
