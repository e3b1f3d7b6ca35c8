import Config

config :jobs, Oban,
  repo: Jobs.Repo,
  queues: [default: 10]
