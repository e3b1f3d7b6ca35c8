package dev.distlint.report.review;

import dev.distlint.facts.EscalationLevel;
import dev.distlint.facts.workloads.ClusterCounts;
import java.util.List;

/**
 * The 20-item production checklist for distributed systems. Rule docs name their item in the
 * {@code checklist} front matter ("13. Gray failure detection"); items no rule can check from
 * configuration carry the question a reviewer should ask instead.
 */
public final class Checklist {
  /** One checklist item. */
  public record Item(int number, String name, String question) {
  }

  public static final List<Item> ITEMS = List.of(
      new Item(1, "Consensus", "Is each piece of shared state deliberately CP or AP, and does the code match that choice?"),
      new Item(2, "Quorum", "Are quorum sizes div(n, 2) + 1 everywhere, including in application code?"),
      new Item(3, "Split-brain", "What happens on each side of a partition, and how are duplicates resolved when it heals?"),
      new Item(4, "Clock drift", "Do leases, timeouts and durations use monotonic time (System.monotonic_time/1) rather than wall-clock time?"),
      new Item(5, "Network partitions", "Which merge strategy applies to each replicated value after a partition heals?"),
      new Item(6, "Cluster size", "Will the cluster stay below about " + EscalationLevel.FULL_MESH_NODES
          + " nodes, or is a partial-mesh overlay planned?"),
      new Item(7, "Service discovery", "Does discovery match each environment (dev, test, prod)?"),
      new Item(8, "Monitoring", "Are traces propagated across nodes (OpenTelemetry or equivalent)?"),
      new Item(9, "Failure modes", "Do tests exercise partitions and node loss (schism, local_cluster, toxiproxy)?"),
      new Item(10, "Observability", "Do logs from every node carry a shared trace or request id?"),
      new Item(11, "Strategy diversity", "Do timeouts, retries and probes vary deliberately between services?"),
      new Item(12, "Blast radius", "Can one node, zone or poison message take down more than its share?"),
      new Item(13, "Gray failure detection", "Is health judged from the consumer's side, not only by self-checks?"),
      new Item(14, "Dependency SLAs", "Which dependencies does each readiness check require, and what are their SLAs?"),
      new Item(15, "Limplock detection", "Are nodes that are slow but alive detected and ejected (for example, latency above 10x the cluster median)?"),
      new Item(16, "Cache death spiral prevention", "Are queues bounded and retries limited, with back-pressure?"),
      new Item(17, "Configuration change safety", "Are configuration changes reviewed and rolled out gradually, like code?"),
      new Item(18, "Metastable failure resistance", "Do retries use jitter and budgets, and can the system recover from overload without intervention?"),
      new Item(19, "Redundancy audit", "Is each redundant component's failure detected, and is recovery automated and tested?"),
      new Item(20, "Poison pill defense", "Are commands validated before they reach replicated state machines?"));

  private Checklist() {
  }

  /** The item number of a doc's checklist field ("13. Gray ..." gives 13), or 0. */
  public static int number(String checklist) {
    if (checklist == null) {
      return 0;
    }
    var m = java.util.regex.Pattern.compile("^\\s*(\\d+)").matcher(checklist);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }
}
