import Config

if config_env() == :prod do
  # The release is named platform (root mix.exs), not web or core.
  config :libcluster,
    topologies: [
      k8s: [
        strategy: Cluster.Strategy.Kubernetes.DNS,
        config: [service: "platform-nodes", application_name: "platform"]
      ]
    ]
end
