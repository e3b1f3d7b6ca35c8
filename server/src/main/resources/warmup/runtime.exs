import Config

if config_env() == :prod do
  database_url =
    System.get_env("DATABASE_URL") ||
      raise "environment variable DATABASE_URL is missing"

  config :chat, Chat.Repo,
    url: database_url,
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")

  config :chat, ChatWeb.Endpoint,
    url: [host: System.fetch_env!("PHX_HOST"), port: 443, scheme: "https"],
    http: [ip: {0, 0, 0, 0, 0, 0, 0, 0}, port: 4000],
    secret_key_base: System.fetch_env!("SECRET_KEY_BASE")

  # Nodes find each other through the headless Service's A records.
  config :libcluster,
    topologies: [
      k8s: [
        strategy: Cluster.Strategy.Kubernetes.DNS,
        config: [
          service: "chat-nodes",
          application_name: "chat",
          polling_interval: System.get_env("CLUSTER_POLL_MS", "5000")
        ]
      ]
    ]

  config :ra, data_dir: ~c"/var/lib/chat/ra"
end
