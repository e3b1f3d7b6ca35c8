import Config

config :gateway, Oban,
  repo: Gateway.Repo,
  queues: [default: 10]
