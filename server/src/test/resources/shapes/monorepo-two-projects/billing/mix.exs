defmodule Billing.MixProject do
  use Mix.Project

  def project do
    [
      app: :billing,
      version: "1.0.0",
      elixir: "~> 1.17",
      start_permanent: Mix.env() == :prod,
      deps: deps(),
      releases: [billing: [include_executables_for: [:unix]]]
    ]
  end

  def application do
    [mod: {Billing.Application, []}, extra_applications: [:logger, :runtime_tools]]
  end

  defp deps do
    [
      {:phoenix, "~> 1.7"},
      {:libcluster, "~> 3.5"}
    ]
  end
end
