import Config

config :chat, ChatWeb.Endpoint,
  http: [ip: {127, 0, 0, 1}, port: 4000],
  debug_errors: true,
  code_reloader: true

# Two nodes on a laptop find each other through epmd.
config :libcluster,
  topologies: [
    local: [strategy: Cluster.Strategy.LocalEpmd]
  ]
