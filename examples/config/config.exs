import Config

config :chat,
  ecto_repos: [Chat.Repo],
  generators: [timestamp_type: :utc_datetime]

config :chat, ChatWeb.Endpoint,
  url: [host: "localhost"],
  adapter: Bandit.PhoenixAdapter,
  pubsub_server: Chat.PubSub,
  live_view: [signing_salt: "kT3vXq9p"]

config :chat, Oban,
  repo: Chat.Repo,
  queues: [default: 10, notifications: 20, exports: 2],
  plugins: [
    {Oban.Plugins.Pruner, max_age: 7 * 24 * 3600},
    {Oban.Plugins.Cron,
     crontab: [
       {"*/15 * * * *", Chat.Workers.PresenceSweep},
       {"0 25 * * *", Chat.Workers.DailyDigest}
     ]}
  ]

config :logger, :default_formatter,
  format: "$time $metadata[$level] $message\n",
  metadata: [:request_id, :trace_id]

config :phoenix, :json_library, Jason

import_config "#{config_env()}.exs"
