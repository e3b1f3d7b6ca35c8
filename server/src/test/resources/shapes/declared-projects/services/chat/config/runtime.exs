import Config

if config_env() == :prod do
  config :libcluster,
    topologies: [
      k8s: [
        strategy: Cluster.Strategy.Kubernetes.DNS,
        config: [service: "team-nodes", application_name: "chat"]
      ]
    ]
end
