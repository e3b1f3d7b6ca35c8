package dev.distlint.model.compose;

import dev.distlint.base.TextRange;
import dev.distlint.syntax.yaml.YMap;
import dev.distlint.syntax.yaml.YNode;
import dev.distlint.syntax.yaml.YScalar;
import dev.distlint.syntax.yaml.YSeq;
import dev.distlint.syntax.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.List;

/** One service of a compose file. */
public record ComposeService(String path, YamlDocument doc, String name, YScalar nameNode,
    YMap node) {

  public TextRange range(YNode n) {
    return doc.range(n);
  }

  public String image() {
    return node.string("image");
  }

  /** An identity for "built from the same image": the image without tag, or the build context. */
  public String imageIdentity() {
    String image = image();
    if (image != null) {
      return repository(image);
    }
    YNode build = node.get("build");
    if (build instanceof YScalar s) {
      return "build:" + s.value();
    }
    if (build instanceof YMap m) {
      return "build:" + m.string("context") + ":" + m.string("dockerfile");
    }
    return null;
  }

  /**
   * Environment entries in both forms: a map ({@code KEY: value}) or a list of
   * {@code KEY=value} strings. For the list form, the value range is the part after '='.
   */
  public List<EnvEntry> environment(String text) {
    List<EnvEntry> out = new ArrayList<>();
    YNode env = node.get("environment");
    if (env instanceof YMap m) {
      for (YMap.Entry e : m.entries()) {
        String v = e.value() instanceof YScalar s && !s.isNull() ? s.value() : null;
        TextRange vr = e.value() == null ? null : doc.range(e.value());
        out.add(new EnvEntry(e.key().value(), doc.range(e.key()), v, vr));
      }
    } else if (env instanceof YSeq seq) {
      for (YNode n : seq.items()) {
        if (!(n instanceof YScalar s)) {
          continue;
        }
        String raw = s.value();
        int eq = raw.indexOf('=');
        String key = eq < 0 ? raw : raw.substring(0, eq);
        String value = eq < 0 ? null : raw.substring(eq + 1);
        TextRange whole = doc.range(s);
        TextRange keyRange = whole;
        TextRange valueRange = whole;
        int textEq = eq < 0 ? -1 : text.indexOf('=', whole.start());
        if (textEq >= 0 && textEq < whole.end()) {
          int quoteAdj = s.plain() ? 0 : 1;
          keyRange = new TextRange(whole.start() + quoteAdj, textEq);
          valueRange = new TextRange(textEq + 1, Math.max(textEq + 1, whole.end() - quoteAdj));
        }
        out.add(new EnvEntry(key.trim(), keyRange, value, valueRange));
      }
    }
    return out;
  }

  /** {@code deploy.replicas} as written, or null when unset (compose then runs one container). */
  public YNode replicasNode() {
    YMap deploy = node.map("deploy");
    return deploy == null ? null : deploy.get("replicas");
  }

  /** The replica count: 1 when unset, null when it is not a literal number. */
  public Long replicas() {
    YNode r = replicasNode();
    return r == null ? Long.valueOf(1) : r instanceof YScalar s ? s.asLong() : null;
  }

  /** An image reference without its tag and digest: {@code ghcr.io/acme/chat:1.2@sha256:..} -> {@code ghcr.io/acme/chat}. */
  public static String repository(String image) {
    int at = image.indexOf('@');
    String noDigest = at >= 0 ? image.substring(0, at) : image;
    // the tag starts at the first ':' after the last '/' (a registry's port comes before it, and
    // a tag written as ${TAG:-latest} holds a ':' of its own)
    int colon = noDigest.indexOf(':', noDigest.lastIndexOf('/') + 1);
    return colon >= 0 ? noDigest.substring(0, colon) : noDigest;
  }

  public YSeq ports() {
    return node.seq("ports");
  }

  /** One environment variable of a service. {@code value} is null when unset or inherited. */
  public record EnvEntry(String name, TextRange nameRange, String value, TextRange valueRange) {
  }
}
