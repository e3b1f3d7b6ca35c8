defmodule Chat.MixProject do
  use Mix.Project

  def project do
    [
      app: :chat,
      version: "2.0.0",
      elixir: "~> 1.17",
      deps: deps(),
      releases: [chat: [include_executables_for: [:unix]]]
    ]
  end

  def application do
    [mod: {Chat.Application, []}, extra_applications: [:logger, :runtime_tools]]
  end

  defp deps do
    [
      {:libcluster, "~> 3.5"},
      {:opentelemetry, "~> 1.5"}
    ]
  end
end
