import Config

# The gateway shares the job modules but runs no queue.
config :gateway, Oban, false
