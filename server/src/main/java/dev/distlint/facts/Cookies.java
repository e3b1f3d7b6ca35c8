package dev.distlint.facts;

import dev.distlint.base.TextRange;
import dev.distlint.base.FileKind;
import dev.distlint.model.compose.ComposeFile;
import dev.distlint.model.compose.ComposeService;
import dev.distlint.model.k8s.Container;
import dev.distlint.model.k8s.KubeObject;
import dev.distlint.model.k8s.KubeObjects;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.documents.ParsedFile;
import dev.distlint.documents.View;
import dev.distlint.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Where the distribution cookie is set, per file. The value itself is never kept: only whether it
 * is a literal and a digest to compare literals, so no report can leak it.
 */
public final class Cookies {
  public static final View<List<CookieSetting>> VIEW = View.of("cookies", Cookies::read);

  private Cookies() {
  }

  /**
   * One place that sets the cookie.
   *
   * @param setting how the cookie is set, in the file's own terms: {@code RELEASE_COOKIE},
   *     {@code -setcookie}, {@code cookie:}
   * @param owner "Deployment 'chat' container 'app'", "service 'web'", "release 'chat'"; null
   *     when the file sets the cookie for its release as a whole
   * @param group nodes that must share a cookie: same platform scope and same image
   * @param digest digest of a literal value, null for a reference (secret, variable)
   */
  public record CookieSetting(String path, TextRange range, String setting, String owner,
      String group, String digest) {
    public boolean literal() {
      return digest != null;
    }
  }

  public static List<CookieSetting> all(Workspace ws) {
    return ws.collect(VIEW, FileKind.K8S, FileKind.COMPOSE);
  }

  /** The literal settings of {@code group}, in the order of {@link #all}. */
  public static List<CookieSetting> literalsOf(Workspace ws, String group) {
    return LITERALS_BY_GROUP.in(ws).getOrDefault(group, List.of());
  }

  private static final Fact<Map<String, List<CookieSetting>>> LITERALS_BY_GROUP =
      Fact.of("cookie-literals-by-group", Cookies::literalsByGroup);

  private static Map<String, List<CookieSetting>> literalsByGroup(Workspace ws) {
    Map<String, List<CookieSetting>> out = new HashMap<>();
    for (CookieSetting c : all(ws)) {
      if (c.literal()) {
        out.computeIfAbsent(c.group(), k -> new ArrayList<>()).add(c);
      }
    }
    return out;
  }

  private static List<CookieSetting> read(ParsedFile f) {
    List<CookieSetting> out = new ArrayList<>();
    ReleaseCookies.read(f, out);
    for (KubeObject o : KubeObjects.of(f)) {
      for (Container c : o.containers()) {
        Container.EnvVar e = c.envVar("RELEASE_COOKIE");
        if (e == null || e.value() == null) {
          continue;
        }
        String v = e.value() instanceof YScalar s && !s.isNull() ? s.value() : null;
        String group = "k8s:" + o.namespace() + ":" + imageRepo(c.node().string("image"));
        String owner = o.kind() + " '" + o.name() + "' container '" + c.name() + "'";
        out.add(new CookieSetting(f.path(), o.range(e.value()), "RELEASE_COOKIE", owner, group,
            digestOf(v)));
      }
    }
    for (ComposeService s : ComposeFile.of(f)) {
      for (ComposeService.EnvEntry e : s.environment(f.text())) {
        if (e.name().equals("RELEASE_COOKIE") && e.value() != null) {
          String group = "compose:" + f.path() + ":" + s.imageIdentity();
          out.add(new CookieSetting(f.path(), e.valueRange(), "RELEASE_COOKIE",
              "service '" + s.name() + "'", group, digestOf(e.value())));
        }
      }
    }
    return List.copyOf(out);
  }

  /** A digest of a literal value, or null for empty values and references to variables. */
  static String digestOf(String value) {
    if (value == null || value.isBlank() || value.contains("${") || value.contains("$(")
        || value.startsWith("$") || value.contains("<%") || value.contains("{{")) {
      return null;
    }
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String imageRepo(String image) {
    return image == null ? "?" : ComposeService.repository(image);
  }
}
