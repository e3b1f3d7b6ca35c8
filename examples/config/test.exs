import Config

config :chat, Oban, testing: :manual

config :chat, ChatWeb.Endpoint,
  http: [ip: {127, 0, 0, 1}, port: 4002],
  server: false

config :libcluster, topologies: []
