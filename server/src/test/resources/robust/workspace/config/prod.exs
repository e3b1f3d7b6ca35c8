import Config

config :chat, ChatWeb.Endpoint,
  url: [host: "chat.example.com", port: 443],
  cache_static_manifest: "priv/static/cache_manifest.json"

config :logger, level: :info
