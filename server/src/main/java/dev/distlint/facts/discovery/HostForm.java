package dev.distlint.facts.discovery;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The form of the host part of a node name, as far as the env script shows it. */
public enum HostForm {
  /** An IP address: {@code ${POD_IP}}, {@code ${FLY_PRIVATE_IP}}, {@code $(hostname -i)}. */
  IP("an IP address", "${POD_IP}"),
  /** A pod A record: {@code ${POD_A_RECORD}.${NAMESPACE}.pod.${CLUSTER_DOMAIN}}. */
  POD_DNS("the pod's DNS name",
      "${POD_A_RECORD}.${NAMESPACE}.pod.${CLUSTER_DOMAIN}"),
  /** The fully qualified host name: {@code $(hostname -f)}, {@code pod.svc.ns.svc.cluster.local}. */
  FQDN("the pod's fully qualified host name", "$(hostname -f)"),
  /** A short host name: {@code $(hostname)}, {@code chat-0}. */
  SHORT_HOST("a short host name", null),
  /** Anything else: a variable distlint cannot interpret. */
  UNKNOWN("an unknown host", null);

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern IP_NAME = Pattern.compile("(^|_)IP(V4|V6|_?ADDR(ESS)?)?(_|$)");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern HOSTNAME_IP = Pattern.compile("hostname\\s+(-i|-I|--ip-address|--all-ip-addresses)");
  private static final Pattern HOSTNAME_FQDN = Pattern.compile("hostname\\s+(-f|--fqdn|--long)");
  private static final Pattern HOSTNAME_SHORT = Pattern.compile("(\\$\\(|`)\\s*hostname\\s*(\\)|`)");

  public final String description;
  public final String example;

  HostForm(String description, String example) {
    this.description = description;
    this.example = example;
  }

  public String description() {
    return description;
  }

  /** The env.sh host part that produces this form, or null. */
  public String example() {
    return example;
  }

  /** Classifies a host part as written in RELEASE_NODE or after {@code -name}. */
  public static HostForm of(String host) {
    if (host == null || host.isBlank()) {
      return UNKNOWN;
    }
    String h = host.trim();
    if (HOSTNAME_IP.matcher(h).find()) {
      return IP;
    }
    if (h.contains("POD_A_RECORD") || h.contains(".pod.")) {
      return POD_DNS;
    }
    if (HOSTNAME_FQDN.matcher(h).find() || h.contains(".svc.") || h.endsWith(".svc")) {
      return FQDN;
    }
    if (HOSTNAME_SHORT.matcher(h).find()) {
      return SHORT_HOST;
    }
    Matcher m = VARIABLE.matcher(h);
    boolean variables = false;
    while (m.find()) {
      variables = true;
      if (IP_NAME.matcher(m.group(1).toUpperCase()).find()) {
        return IP;
      }
    }
    if (variables || h.contains("<%") || h.contains("`") || h.contains("$(")) {
      return UNKNOWN;
    }
    if (IPV4.matcher(h).matches() || looksLikeIpv6(h)) {
      return IP;
    }
    return h.contains(".") ? FQDN : SHORT_HOST;
  }

  /**
   * Hex digits and colons only, with a colon before the last character: a literal IPv6 address
   * as far as a node name shows one. A single pass, whatever the length.
   */
  static boolean looksLikeIpv6(String h) {
    int firstColon = -1;
    for (int i = 0; i < h.length(); i++) {
      char c = h.charAt(i);
      boolean hex = c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
      if (c == ':' && firstColon < 0) {
        firstColon = i;
      } else if (c != ':' && !hex) {
        return false;
      }
    }
    return firstColon >= 0 && firstColon < h.length() - 1;
  }
}
