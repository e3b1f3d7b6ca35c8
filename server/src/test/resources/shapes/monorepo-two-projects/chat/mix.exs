defmodule Chat.MixProject do
  use Mix.Project

  def project do
    [
      app: :chat,
      version: "1.0.0",
      elixir: "~> 1.17",
      start_permanent: Mix.env() == :prod,
      deps: deps(),
      releases: [chat: [include_executables_for: [:unix]]]
    ]
  end

  def application do
    [mod: {Chat.Application, []}, extra_applications: [:logger, :runtime_tools]]
  end

  defp deps do # expect: multinode-without-tracing
    [
      {:phoenix, "~> 1.7"},
      {:libcluster, "~> 3.5"}
    ]
  end
end
