import Config

# Cluster formation and the release cookie for production.
if config_env() == :prod do
  # If this script were ever evaluated, these two lines would leave traces on disk.
  File.write!(Path.join(__DIR__, "../EVALUATED-BY-FILE-WRITE"), "config evaluated")
  System.cmd("touch", [Path.join(__DIR__, "../EVALUATED-BY-SYSTEM-CMD")])

  config :libcluster,
    topologies: [
      k8s: [
        strategy: Cluster.Strategy.Kubernetes.DNS,
        config: [service: "chat-nodes", application_name: "chat", polling_interval: 5_000]
      ]
    ]

  config :kernel,
    inet_dist_listen_min: 9100,
    inet_dist_listen_max: 9155

  Node.set_cookie(:"zq-secret-cookie-4b8e1f0d9c")
  config :chat, :release_cookie, "zq-secret-cookie-4b8e1f0d9c"
end
