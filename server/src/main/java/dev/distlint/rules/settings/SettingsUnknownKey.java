package dev.distlint.rules.settings;

import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.ParseProblem;
import dev.distlint.syntax.yaml.YamlView;
import dev.distlint.settings.SettingsReader;
import java.util.function.Predicate;

/** Reports unknown keys, rule ids and values in a {@code .distlint.yaml} file. */
public final class SettingsUnknownKey implements Rule {
  private final Predicate<String> knownRule;

  public SettingsUnknownKey(Predicate<String> knownRule) {
    this.knownRule = knownRule;
  }

  @Override
  public String id() {
    return "settings-unknown-key";
  }

  @Override
  public void check(RuleContext ctx) {
    var settings = SettingsReader.fromYaml(ctx.file().view(YamlView.YAML), knownRule);
    for (ParseProblem p : settings.problems()) {
      ctx.report(p.range(), p.message());
    }
  }
}
