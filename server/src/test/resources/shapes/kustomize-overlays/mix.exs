defmodule Chat.MixProject do
  use Mix.Project

  def project do
    [
      app: :chat,
      version: "1.4.2",
      elixir: "~> 1.17",
      start_permanent: Mix.env() == :prod,
      deps: deps(),
      releases: [chat: [include_executables_for: [:unix]]]
    ]
  end

  def application do
    [mod: {Chat.Application, []}, extra_applications: [:logger, :runtime_tools]]
  end

  defp deps do # expect: no-partition-test-tooling
    [
      {:phoenix, "~> 1.7"},
      {:libcluster, "~> 3.5"},
      {:ra, "~> 2.14"} # expect: ra-data-dir-ephemeral
    ]
  end
end
