import Config

config :chat, ChatWeb.Endpoint,
  cache_static_manifest: "priv/static/cache_manifest.json",
  drainer: [batch_size: 1_000, batch_interval: 1_000, shutdown: 40_000]

config :chat, Oban, shutdown_grace_period: 30_000

config :logger, level: :info
