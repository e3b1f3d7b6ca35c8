package dev.distlint.rules.logger;

import dev.distlint.facts.workloads.Clustered;
import dev.distlint.base.Fix;
import dev.distlint.lint.Rule;
import dev.distlint.lint.RuleContext;
import dev.distlint.base.TextRange;
import dev.distlint.model.elixir.ElixirViews;
import dev.distlint.syntax.elixir.ExList;
import dev.distlint.syntax.elixir.ExNode;
import dev.distlint.syntax.elixir.view.ConfigCall;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * In a clustered project, the console or default formatter prints a literal metadata list that
 * carries no request or trace identifier.
 */
public final class LoggerMetadataNoTraceId implements Rule {
  private static final List<String> FORMATTERS = List.of("console", "default_formatter");
  private static final Set<String> IDS = Set.of("trace_id", "request_id", "span_id");

  @Override
  public String id() {
    return "logger-metadata-no-trace-id";
  }

  @Override
  public void check(RuleContext ctx) {
    List<ConfigCall> calls = ElixirViews.config(ctx.file()).forApp("logger");
    if (calls.isEmpty() || Clustered.discovery(ctx.workspace()) == null) {
      return;
    }
    for (ConfigCall c : calls) {
      for (String formatter : FORMATTERS) {
        metadata(c, formatter).ifPresent(list -> report(ctx, formatter, list));
      }
    }
  }

  /** The literal atom list given as {@code metadata:} to {@code formatter}. */
  private static Optional<ExList> metadata(ConfigCall c, String formatter) {
    return c.get(formatter).filter(ExList.class::isInstance).map(ExList.class::cast)
        .flatMap(opts -> opts.keywordValue("metadata"))
        .filter(ExList.class::isInstance).map(ExList.class::cast)
        .filter(l -> l.items().stream().allMatch(i -> i.asAtomName().isPresent()));
  }

  private static void report(RuleContext ctx, String formatter, ExList list) {
    if (list.items().stream().map(ExNode::asAtomName).flatMap(Optional::stream)
        .anyMatch(IDS::contains)) {
      return;
    }
    String text = ctx.file().text();
    int close = list.range().end() - 1;
    RuleContext.Report r = ctx.at(list.range(), "The :" + formatter + " log metadata "
        + ctx.file().slice(list.range()) + " prints no :trace_id or :request_id, so lines from"
        + " different nodes cannot be joined into one request.");
    if (close >= 0 && close < text.length() && text.charAt(close) == ']') {
      String insert = list.items().isEmpty() ? ":trace_id" : ", :trace_id";
      int at = list.items().isEmpty() ? close : list.items().get(list.items().size() - 1)
          .range().end();
      r.fix(new Fix("Add :trace_id to the log metadata", List.of(new Fix.FileEdit(
          ctx.file().path(), TextRange.at(at), insert)), true));
    }
    r.emit();
  }
}
