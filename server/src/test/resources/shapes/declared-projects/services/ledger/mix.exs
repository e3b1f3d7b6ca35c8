defmodule Ledger.MixProject do
  use Mix.Project

  def project do
    [
      app: :ledger,
      version: "2.0.0",
      elixir: "~> 1.17",
      deps: deps(),
      releases: [ledger: [include_executables_for: [:unix]]]
    ]
  end

  def application do
    [mod: {Ledger.Application, []}, extra_applications: [:logger, :runtime_tools]]
  end

  defp deps do
    [
      {:libcluster, "~> 3.5"},
      {:opentelemetry, "~> 1.5"}
    ]
  end
end
