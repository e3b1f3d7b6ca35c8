package dev.distlint.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.distlint.base.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Findings accepted as they are, recorded by fingerprint in a JSON file so that only new
 * findings are reported. Paths in the file are relative to the file's own directory, so the
 * baseline holds wherever distlint is run from.
 */
public record Baseline(List<Entry> entries) {

  /** One recorded finding; {@code message} is kept for people reading the file. */
  public record Entry(String rule, String path, String fingerprint, String message) {
  }

  /** The findings a baseline lets through and the entries that matched no finding. */
  public record Split(List<Finding> fresh, List<Finding> known, List<Entry> stale) {
  }

  public static Baseline read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    try {
      JsonObject root = JsonParser.parseString(text).getAsJsonObject();
      List<Entry> out = new ArrayList<>();
      for (JsonElement e : root.getAsJsonArray("findings")) {
        JsonObject o = e.getAsJsonObject();
        out.add(new Entry(string(o, "rule"), string(o, "path"), string(o, "fingerprint"),
            string(o, "message")));
      }
      return new Baseline(List.copyOf(out));
    } catch (JsonParseException | IllegalStateException | NullPointerException
        | ClassCastException | UnsupportedOperationException e) {
      throw new IOException(file + " is not a distlint baseline: " + e.getMessage());
    }
  }

  private static String string(JsonObject o, String key) {
    JsonElement e = o.get(key);
    return e == null || e.isJsonNull() ? null : e.getAsString();
  }

  /** The baseline of {@code findings}; {@code pathKey} gives the path recorded for each. */
  public static Baseline of(List<Finding> findings, Function<String, String> texts,
      Function<String, String> pathKey) {
    List<String> prints = Fingerprints.of(findings, texts, pathKey);
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      out.add(new Entry(f.ruleId(), pathKey.apply(f.path()), prints.get(i), f.message()));
    }
    return new Baseline(List.copyOf(out));
  }

  public void write(Path file) throws IOException {
    JsonArray arr = new JsonArray();
    for (Entry e : entries) {
      JsonObject o = new JsonObject();
      o.addProperty("rule", e.rule());
      o.addProperty("path", e.path());
      o.addProperty("fingerprint", e.fingerprint());
      o.addProperty("message", e.message());
      arr.add(o);
    }
    JsonObject root = new JsonObject();
    root.addProperty("tool", "distlint");
    root.addProperty("version", 1);
    root.add("findings", arr);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
        .toJson(root) + "\n", StandardCharsets.UTF_8);
  }

  /**
   * Splits findings into those not in the baseline and those in it; entries of the files in
   * {@code checkedKeys} that matched nothing are stale.
   */
  public Split split(List<Finding> findings, Function<String, String> texts,
      Function<String, String> pathKey, Set<String> checkedKeys) {
    Set<String> known = new HashSet<>();
    entries.forEach(e -> known.add(e.fingerprint()));
    List<String> prints = Fingerprints.of(findings, texts, pathKey);
    List<Finding> fresh = new ArrayList<>();
    List<Finding> old = new ArrayList<>();
    Set<String> matched = new HashSet<>();
    for (int i = 0; i < findings.size(); i++) {
      if (known.contains(prints.get(i))) {
        old.add(findings.get(i));
        matched.add(prints.get(i));
      } else {
        fresh.add(findings.get(i));
      }
    }
    List<Entry> stale = entries.stream()
        .filter(e -> !matched.contains(e.fingerprint()) && checkedKeys.contains(e.path()))
        .toList();
    return new Split(List.copyOf(fresh), List.copyOf(old), stale);
  }
}
