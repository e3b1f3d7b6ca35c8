import Config

# Peers are chat@<address>: the node name of this project's env.sh, not billing's.

if config_env() == :prod do
  config :libcluster,
    topologies: [
      k8s: [
        strategy: Cluster.Strategy.Kubernetes.DNS,
        config: [service: "chat-nodes", application_name: "chat"]
      ]
    ]
end
